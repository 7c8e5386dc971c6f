package io.kinesisharness.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.AwsCli;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI's {@code dynamodb} commands (botocore's own JSON 1.0 client, with its CRC32 check of every answer): a
 * table made, written, conditionally updated, queried, scanned, described and deleted, and AWS's errors on the way.
 */
class DynamoDbCliTest {

    private KinesisHarness harness;
    private AwsCli cli;

    @BeforeEach
    void start() throws IOException {
        harness = KinesisHarness.builder().start();
        cli = AwsCli.forEndpoint(harness.endpoint());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void a_cli_session_creates_writes_queries_and_deletes() {
        JsonNode created = cli.json("dynamodb", "create-table", "--table-name", "orders",
                "--attribute-definitions", "AttributeName=customer,AttributeType=S",
                "AttributeName=order,AttributeType=N",
                "--key-schema", "AttributeName=customer,KeyType=HASH", "AttributeName=order,KeyType=RANGE",
                "--billing-mode", "PAY_PER_REQUEST");
        assertThat(created.at("/TableDescription/TableArn").asText())
                .isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/orders");
        cli.text("dynamodb", "wait", "table-exists", "--table-name", "orders");

        for (int i = 1; i <= 3; i++) {
            cli.text("dynamodb", "put-item", "--table-name", "orders", "--item",
                    "{\"customer\":{\"S\":\"ann\"},\"order\":{\"N\":\"" + i + "\"},\"spent\":{\"N\":\"" + (i * 10)
                            + "\"}}");
        }
        JsonNode updated = cli.json("dynamodb", "update-item", "--table-name", "orders", "--key",
                "{\"customer\":{\"S\":\"ann\"},\"order\":{\"N\":\"2\"}}",
                "--update-expression", "SET #t = #t + :inc", "--condition-expression", "#t = :was",
                "--expression-attribute-names", "{\"#t\":\"spent\"}",
                "--expression-attribute-values", "{\":inc\":{\"N\":\"5\"},\":was\":{\"N\":\"20\"}}",
                "--return-values", "UPDATED_NEW");
        assertThat(updated.at("/Attributes/spent/N").asText()).isEqualTo("25");

        AwsCli.Result failed = cli.run("dynamodb", "update-item", "--table-name", "orders", "--key",
                "{\"customer\":{\"S\":\"ann\"},\"order\":{\"N\":\"2\"}}",
                "--update-expression", "SET spent = :v", "--condition-expression", "spent = :was",
                "--expression-attribute-values", "{\":v\":{\"N\":\"0\"},\":was\":{\"N\":\"20\"}}");
        assertThat(failed.exitCode()).isNotZero();
        assertThat(failed.stderr()).contains("ConditionalCheckFailedException")
                .contains("The conditional request failed");

        JsonNode query = cli.json("dynamodb", "query", "--table-name", "orders",
                "--key-condition-expression", "customer = :c AND #o >= :from",
                "--expression-attribute-names", "{\"#o\":\"order\"}",
                "--expression-attribute-values", "{\":c\":{\"S\":\"ann\"},\":from\":{\"N\":\"2\"}}",
                "--no-scan-index-forward");
        assertThat(query.get("Count").asInt()).isEqualTo(2);
        assertThat(query.at("/Items/0/order/N").asText()).isEqualTo("3");
        assertThat(query.at("/Items/1/spent/N").asText()).isEqualTo("25");

        // The CLI pages a scan itself: three pages of one item each, read to the end.
        JsonNode scan = cli.json("dynamodb", "scan", "--table-name", "orders", "--page-size", "1");
        assertThat(scan.get("Count").asInt()).isEqualTo(3);

        AwsCli.Result reserved = cli.run("dynamodb", "query", "--table-name", "orders",
                "--key-condition-expression", "customer = :c AND order >= :from",
                "--expression-attribute-values", "{\":c\":{\"S\":\"ann\"},\":from\":{\"N\":\"2\"}}");
        assertThat(reserved.stderr()).contains("ValidationException").contains(
                "Invalid KeyConditionExpression: Attribute name is a reserved keyword; reserved keyword: order");

        JsonNode described = cli.json("dynamodb", "describe-table", "--table-name", "orders").get("Table");
        assertThat(described.get("TableStatus").asText()).isEqualTo("ACTIVE");
        assertThat(described.get("ItemCount").asInt()).isEqualTo(3);
        assertThat(described.at("/BillingModeSummary/BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(cli.json("dynamodb", "list-tables").at("/TableNames/0").asText()).isEqualTo("orders");

        cli.text("dynamodb", "delete-table", "--table-name", "orders");
        AwsCli.Result missing = cli.run("dynamodb", "describe-table", "--table-name", "orders");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("ResourceNotFoundException")
                .contains("Requested resource not found: Table: orders not found");
    }
}
