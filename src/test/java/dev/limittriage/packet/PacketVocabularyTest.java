package dev.limittriage.packet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limittriage.knowledge.Bucket;
import dev.limittriage.knowledge.Owner;
import dev.limittriage.knowledge.RetryVerdict;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words a packet is written in: labels, field keys, templates, origins and the redaction report's sums. */
class PacketVocabularyTest {

    @Test
    void should_name_every_owner_bucket_and_verdict_in_the_packets_words() {
        assertThat(Labels.owner(Owner.CHATGPT_APP)).isEqualTo("ChatGPT app");
        assertThat(Labels.owner(Owner.OPENAI_API)).isEqualTo("OpenAI API project or organization");
        assertThat(Labels.owner(Owner.OPENAI_BILLING)).isEqualTo("OpenAI billing");
        assertThat(Labels.owner(Owner.OPENAI_ACCESS)).isEqualTo("OpenAI model access");
        assertThat(Labels.owner(Owner.AZURE)).isEqualTo("Azure OpenAI");
        assertThat(Labels.owner(Owner.PROVIDER)).isEqualTo("Third-party provider or gateway");
        assertThat(Labels.owner(Owner.UNKNOWN)).isEqualTo("Not identified");
        Map<Bucket, String> buckets = Map.ofEntries(Map.entry(Bucket.RPM, "requests per minute"),
                Map.entry(Bucket.TPM, "tokens per minute"), Map.entry(Bucket.IPM, "images per minute"),
                Map.entry(Bucket.RPD, "requests per day"), Map.entry(Bucket.TPD, "tokens per day"),
                Map.entry(Bucket.MONTHLY_SPEND, "monthly spend limit"), Map.entry(Bucket.CREDITS, "prepaid credits"),
                Map.entry(Bucket.VERIFICATION, "organization verification"),
                Map.entry(Bucket.MODEL_ACCESS, "model access"), Map.entry(Bucket.AZURE_QUOTA, "Azure quota"),
                Map.entry(Bucket.APP_CAP, "ChatGPT image cap"), Map.entry(Bucket.SERVER_OVERLOAD, "servers overloaded"),
                Map.entry(Bucket.CONTENT_POLICY, "content policy"), Map.entry(Bucket.UNKNOWN, "not identified"));
        assertThat(EnumSet.allOf(Bucket.class)).allSatisfy(b -> assertThat(Labels.bucket(b)).isEqualTo(buckets.get(b)));
        assertThat(Labels.retry(RetryVerdict.WAIT_THEN_RETRY)).isEqualTo("wait for the reset, then retry");
        assertThat(Labels.retry(RetryVerdict.REDUCE_RATE))
                .isEqualTo("retry only with less pressure (fewer or smaller requests)");
        assertThat(Labels.retry(RetryVerdict.DO_NOT_RETRY)).isEqualTo("do not retry: retrying cannot fix this");
        assertThat(Labels.retry(RetryVerdict.UNKNOWN)).isEqualTo("not known yet");
    }

    @ParameterizedTest
    @CsvSource({"1.0,high", "0.8,high", "0.79,medium", "0.5,medium", "0.49,low", "0.0,low"})
    void should_put_confidence_into_three_words_at_0_8_and_0_5(double confidence, String words) {
        assertThat(Labels.confidence(confidence)).isEqualTo(words);
    }

    @Test
    void should_find_fields_by_key_in_any_spelling_and_know_the_blocks() {
        assertThat(FieldName.fromKey("requestSize")).contains(FieldName.REQUEST_SIZE);
        assertThat(FieldName.fromKey("request-size")).contains(FieldName.REQUEST_SIZE);
        assertThat(FieldName.fromKey(" REQUEST_SIZE ")).contains(FieldName.REQUEST_SIZE);
        assertThat(FieldName.fromKey("size")).isEmpty();
        assertThat(FieldName.MONTHLY_USAGE_NEAR_CAP.key()).isEqualTo("monthlyUsageNearCap");
        assertThat(FieldName.MONTHLY_USAGE_NEAR_CAP.label()).isEqualTo("Monthly usage close to the cap");
        assertThat(EnumSet.allOf(FieldName.class).stream().filter(FieldName::isBlock))
                .containsExactly(FieldName.RESPONSE_BODY, FieldName.RESPONSE_HEADERS, FieldName.NOTES);
    }

    @Test
    void should_know_each_templates_reader_fields_and_whether_it_is_technical() {
        assertThat(PacketTemplate.fromId(" Azure ")).contains(PacketTemplate.AZURE);
        assertThat(PacketTemplate.fromId("jira")).isEmpty();
        assertThat(PacketTemplate.CHATGPT.reader()).isEqualTo("ChatGPT help");
        assertThat(PacketTemplate.CHATGPT.summaryFields())
                .containsExactly(FieldName.PLAN, FieldName.OCCURRED_AT, FieldName.RESET_TIME);
        assertThat(PacketTemplate.FULL.summaryFields()).isEmpty();
        assertThat(PacketTemplate.PROVIDER.summaryFields()).startsWith(FieldName.PROVIDER, FieldName.ROUTE);
        assertThat(EnumSet.allOf(PacketTemplate.class).stream().filter(t -> !t.technical()))
                .containsExactly(PacketTemplate.CHATGPT);
    }

    @Test
    void should_read_origins_by_their_id() {
        assertThat(Origin.fromId("parsed")).contains(Origin.PARSED);
        assertThat(Origin.fromId("inferred")).contains(Origin.INFERRED);
        assertThat(Origin.fromId("Parsed")).isEmpty();
        assertThat(Origin.ENTERED.id()).isEqualTo("entered");
    }

    @Test
    void should_add_redaction_counts_by_kind_and_keep_pseudonyms_on_once_set() {
        RedactionReport first = new RedactionReport(Map.of("openai-key", 1, "email", 2), false);
        RedactionReport sum = first.plus(new RedactionReport(Map.of("openai-key", 2, "cookie", 1), true));
        assertThat(sum.counts()).containsExactly(Map.entry("cookie", 1), Map.entry("email", 2),
                Map.entry("openai-key", 3));
        assertThat(sum.total()).isEqualTo(6);
        assertThat(sum.pseudonymizedIds()).isTrue();
        assertThat(first.plus(RedactionReport.none()).pseudonymizedIds()).isFalse();
        assertThat(RedactionReport.none().total()).isZero();
    }
}
