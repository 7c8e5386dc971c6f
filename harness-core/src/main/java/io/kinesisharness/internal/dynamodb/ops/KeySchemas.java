package io.kinesisharness.internal.dynamodb.ops;

import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.internal.dynamodb.api.AttributeDefinition;
import io.kinesisharness.internal.dynamodb.api.KeySchemaElement;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import io.kinesisharness.internal.dynamodb.model.KeySchema;
import java.util.ArrayList;
import java.util.List;

/** Key schemas of tables and indexes from CreateTable's and UpdateTable's parameters, with AWS's rules and texts. */
final class KeySchemas {

    private KeySchemas() {
    }

    /** A table's or index's key schema, its attributes typed from the definitions. */
    static KeySchema of(List<KeySchemaElement> elements, List<AttributeDefinition> definitions) {
        if (elements.size() > definitions.size()) {
            throw DynamoDbErrors.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        List<String> undefined = new ArrayList<>();
        for (KeySchemaElement e : elements) {
            if (type(e.attributeName(), definitions) == null) {
                undefined.add(e.attributeName());
            }
        }
        if (!undefined.isEmpty()) {
            List<String> keys = elements.stream().map(KeySchemaElement::attributeName).toList();
            List<String> defs = definitions.stream().map(AttributeDefinition::attributeName).toList();
            throw DynamoDbErrors.invalidParameter("Some index key attributes are not defined in AttributeDefinitions. "
                    + "Keys: " + keys + ", AttributeDefinitions: " + defs);
        }
        if (elements.size() == 2 && elements.get(0).attributeName().equals(elements.get(1).attributeName())) {
            throw DynamoDbErrors.validation("Both the Hash Key and the Range Key element in the KeySchema have the "
                    + "same name");
        }
        if (!"HASH".equals(elements.get(0).keyType())) {
            throw DynamoDbErrors.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (elements.size() == 2 && !"RANGE".equals(elements.get(1).keyType())) {
            throw DynamoDbErrors.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
        String hash = elements.get(0).attributeName();
        String range = elements.size() == 2 ? elements.get(1).attributeName() : null;
        return new KeySchema(hash, type(hash, definitions), range, range == null ? null : type(range, definitions));
    }

    static AttributeValue.Type type(String name, List<AttributeDefinition> definitions) {
        for (AttributeDefinition d : definitions) {
            if (d.attributeName().equals(name)) {
                return AttributeValue.Type.valueOf(d.attributeType());
            }
        }
        return null;
    }
}
