package org.smartbizflow.crm.core.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.CustomValue;

/** Writes typed custom fields as one JSON object, the same way in every export. */
public final class CustomFieldsJson {

    private CustomFieldsJson() {
    }

    /** Numbers as JSON numbers, booleans as booleans, everything else as text. */
    public static void write(JsonGenerator json, String fieldName, CustomFields fields) throws IOException {
        json.writeObjectFieldStart(fieldName);
        for (Map.Entry<String, CustomValue> field : fields.values().entrySet()) {
            CustomValue value = field.getValue();
            if (value instanceof CustomValue.Number number) {
                // plain notation: a stripped 250 would otherwise print as 2.5E+2
                json.writeFieldName(field.getKey());
                json.writeNumber(number.asText());
            } else if (value instanceof CustomValue.Bool bool) {
                json.writeBooleanField(field.getKey(), bool.value());
            } else {
                json.writeStringField(field.getKey(), value.asText());
            }
        }
        json.writeEndObject();
    }
}
