package dev.limittriage.io;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates JSON text against the bundled packet schema, with format assertions on (dates must be dates). */
final class SchemaCheck {
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schema SCHEMA = REGISTRY.getSchema(PacketJson.schema());

    private SchemaCheck() {
    }

    static List<Error> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }
}
