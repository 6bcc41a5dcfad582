package dev.limittriage.ui.export;

import dev.limittriage.packet.FieldName;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One field of the packet form: its value (editable), where the value came from, and whether it is required. */
public final class FieldRow {
    private final FieldName field;
    private final boolean required;
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");

    FieldRow(FieldName field, boolean required) {
        this.field = field;
        this.required = required;
    }

    public FieldName field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** "parsed", "entered", "inferred" or "" (empty field). */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    void setOrigin(String id) {
        origin.set(id);
    }
}
