package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kinesisharness.KinesisHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Condition, update and projection expressions through the SDK v2 client: semantics and AWS's messages. */
class DynamoDbExpressionsTest {

    private static final Map<String, AttributeValue> KEY = item("id", s("doc"));

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
        dynamo = DynamoDbClients.dynamo(harness);
        dynamo.createTable(b -> b.tableName("docs").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamo.putItem(b -> b.tableName("docs").item(item("id", s("doc"), "name", s("alpha"), "count", n("5"),
                "tags", AttributeValue.fromSs(List.of("red", "blue")),
                "labels", AttributeValue.fromSs(List.of("keep", "drop")),
                "profile", AttributeValue.fromM(Map.of("city", s("Oslo"), "visits",
                        AttributeValue.fromL(List.of(n("1"), n("2"))))),
                "history", AttributeValue.fromL(List.of(s("a"), s("b"))))));
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    private boolean holds(String condition, Map<String, AttributeValue> values, Map<String, String> names) {
        try {
            dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression("SET touched = :t")
                    .conditionExpression(condition)
                    .expressionAttributeValues(merge(values, item(":t", AttributeValue.fromBool(true))))
                    .expressionAttributeNames(names.isEmpty() ? null : names));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }

    private static Map<String, AttributeValue> merge(Map<String, AttributeValue> a, Map<String, AttributeValue> b) {
        java.util.LinkedHashMap<String, AttributeValue> m = new java.util.LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }

    @Test
    void conditions_evaluate_as_dynamodb_evaluates_them() {
        Map<String, String> none = Map.of();
        assertThat(holds("attribute_exists(#n)", Map.of(), Map.of("#n", "name"))).isTrue();
        assertThat(holds("attribute_not_exists(absent)", Map.of(), none)).isTrue();
        assertThat(holds("attribute_not_exists(#n)", Map.of(), Map.of("#n", "name"))).isFalse();
        assertThat(holds("attribute_type(profile, :m)", item(":m", s("M")), none)).isTrue();
        assertThat(holds("begins_with(#n, :p)", item(":p", s("alp")), Map.of("#n", "name"))).isTrue();
        assertThat(holds("contains(tags, :c)", item(":c", s("red")), none)).isTrue();
        assertThat(holds("contains(history, :c)", item(":c", s("b")), none)).isTrue();
        assertThat(holds("size(tags) = :two", item(":two", n("2")), none)).isTrue();
        assertThat(holds("#c BETWEEN :lo AND :hi", item(":lo", n("4"), ":hi", n("6.0")), Map.of("#c", "count")))
                .isTrue();
        assertThat(holds("#c IN (:a, :b)", item(":a", n("1"), ":b", n("5.00")), Map.of("#c", "count"))).isTrue();
        assertThat(holds("profile.city = :city AND profile.visits[1] > :one", item(":city", s("Oslo"), ":one",
                n("1")), none)).isTrue();
        assertThat(holds("NOT (#c < :x) OR absent = :x", item(":x", n("3")), Map.of("#c", "count"))).isTrue();
        assertThat(holds("absent <> :x", item(":x", n("3")), none)).as("a absent attribute is not equal").isTrue();
        assertThat(holds("absent < :x", item(":x", n("3")), none)).isFalse();
        assertThat(holds("#n > :x", item(":x", n("3")), Map.of("#n", "name"))).as("S against N never compares")
                .isFalse();
    }

    @Test
    void a_failed_condition_returns_the_item_when_asked() {
        ConditionalCheckFailedException e = catchThrowableOfType(() -> dynamo.putItem(b -> b.tableName("docs")
                .item(KEY).conditionExpression("attribute_not_exists(id)")
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                ConditionalCheckFailedException.class);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
        assertThat(e.item()).containsEntry("name", s("alpha"));
        ConditionalCheckFailedException plain = catchThrowableOfType(() -> dynamo.deleteItem(b -> b
                .tableName("docs").key(KEY).conditionExpression("#c = :x").expressionAttributeNames(Map.of("#c",
                        "count")).expressionAttributeValues(item(":x", n("6")))), ConditionalCheckFailedException.class);
        assertThat(plain.hasItem()).isFalse();
    }

    @Test
    void updates_set_remove_add_and_delete_from_the_item_as_it_was() {
        var out = dynamo.updateItem(b -> b.tableName("docs").key(KEY)
                .updateExpression("SET #c = #c + :one, dup = #n, profile.city = :city, history = list_append(history, :more),"
                        + " fresh = if_not_exists(fresh, :zero) REMOVE profile.visits[0] ADD tags :t, tally :one "
                        + "DELETE labels :drop")
                .expressionAttributeNames(Map.of("#c", "count", "#n", "name"))
                .expressionAttributeValues(item(":one", n("1"), ":city", s("Bergen"), ":more",
                        AttributeValue.fromL(List.of(s("c"))), ":zero", n("0"),
                        ":t", AttributeValue.fromSs(List.of("green")), ":drop", AttributeValue.fromSs(List.of("drop"))))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(out.get("count").n()).isEqualTo("6");
        assertThat(out.get("dup").s()).isEqualTo("alpha");
        assertThat(out.get("profile").m().get("city").s()).isEqualTo("Bergen");
        assertThat(out.get("profile").m().get("visits").l()).containsExactly(n("2"));
        assertThat(out.get("history").l()).containsExactly(s("a"), s("b"), s("c"));
        assertThat(out.get("fresh").n()).isEqualTo("0");
        assertThat(out.get("tally").n()).isEqualTo("1");
        assertThat(out.get("tags").ss()).containsExactlyInAnyOrder("red", "blue", "green");
        assertThat(out.get("labels").ss()).containsExactly("keep");

        var updated = dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression("SET #c = :ten")
                .expressionAttributeNames(Map.of("#c", "count")).expressionAttributeValues(item(":ten", n("10")))
                .returnValues(ReturnValue.UPDATED_OLD)).attributes();
        assertThat(updated).containsExactly(Map.entry("count", n("6")));
        var gone = dynamo.updateItem(b -> b.tableName("docs").key(item("id", s("new"))).updateExpression("SET v = :v")
                .expressionAttributeValues(item(":v", s("made"))).returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(gone).as("an update without condition creates the item").isEqualTo(item("id", s("new"), "v",
                s("made")));
    }

    @Test
    void projections_pick_nested_paths() {
        var got = dynamo.getItem(b -> b.tableName("docs").key(KEY).projectionExpression("#n, profile.visits[1], "
                + "history[0]").expressionAttributeNames(Map.of("#n", "name"))).item();
        assertThat(got).isEqualTo(item("name", s("alpha"), "profile", AttributeValue.fromM(Map.of("visits",
                AttributeValue.fromL(List.of(n("2"))))), "history", AttributeValue.fromL(List.of(s("a")))));
    }

    @Test
    void expression_errors_are_awss() {
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression("SET a = ")))
                .hasMessageStartingWith("Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"= \"");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression(
                "SET status = :v").expressionAttributeValues(item(":v", n("1")))))
                .hasMessageStartingWith("Invalid UpdateExpression: Attribute name is a reserved keyword; reserved "
                        + "keyword: status");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression("SET a = :v")))
                .hasMessageStartingWith("Invalid UpdateExpression: An expression attribute value used in expression "
                        + "is not defined; attribute value: :v");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression("SET a = :v")
                .expressionAttributeValues(item(":v", n("1"), ":w", n("2")))))
                .hasMessageStartingWith("1 validation error detected: Value provided in ExpressionAttributeValues "
                        + "unused in expressions: keys: {:w}");
        assertThatThrownBy(() -> dynamo.getItem(b -> b.tableName("docs").key(KEY).projectionExpression("#a")
                .expressionAttributeNames(Map.of("#a", "a", "#b", "b"))))
                .hasMessageStartingWith("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression(
                "SET a = :v REMOVE a.b").expressionAttributeValues(item(":v", n("1")))))
                .hasMessageStartingWith("1 validation error detected: Invalid UpdateExpression: Two document paths "
                        + "overlap with each other; must remove or rewrite one of these paths; path one: [a], path "
                        + "two: [a, b]");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression("SET id = :v")
                .expressionAttributeValues(item(":v", s("x")))))
                .hasMessageStartingWith("Cannot update attribute id. This attribute is part of the key");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression("ADD a :v")
                .expressionAttributeValues(item(":v", s("x")))))
                .hasMessageStartingWith("Invalid UpdateExpression: Incorrect operand type for operator or function; "
                        + "operator: ADD, operand type: STRING");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression(
                "SET name2 = absent + :v").expressionAttributeValues(item(":v", n("1")))))
                .hasMessageStartingWith("The provided expression refers to an attribute that does not exist in the "
                        + "item");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("docs").key(KEY).updateExpression(
                "SET nowhere.deep = :v").expressionAttributeValues(item(":v", n("1")))))
                .hasMessageStartingWith("The document path provided in the update expression is invalid for update");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("docs").item(KEY).conditionExpression(
                "bogus(id)"))).hasMessageStartingWith("Invalid ConditionExpression: Invalid function name; "
                        + "function: bogus");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("docs").item(KEY).conditionExpression(
                "attribute_exists(id)").expected(Map.of()))).hasMessageStartingWith("Can not use both expression "
                        + "and non-expression parameters in the same request: Non-expression parameters: {Expected} "
                        + "Expression parameters: {ConditionExpression}");
    }
}
