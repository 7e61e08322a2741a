package org.fieldbook.sync.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fieldbook.sync.internal.json.RecordPageReaderTest.WO_1;
import static org.fieldbook.sync.internal.json.RecordPageReaderTest.body;
import static org.fieldbook.sync.internal.json.RecordPageReaderTest.reader;

import java.util.stream.Stream;

import org.fieldbook.sync.internal.MalformedResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a body can be wrong is one {@link MalformedResponseException} that says where and why. */
class RecordPageReaderMalformedTest {

    private static final String ROW = "{\"value\":[{\"msdyn_workorderid\":\"" + WO_1 + "\",";

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("", ": expected a JSON object, found the end of the body"),
                Arguments.of("[]", ": expected a JSON object, found an array"),
                Arguments.of("{\"value\":{}}", ": expected \"value\" to be an array, found an object"),
                Arguments.of("{\"@odata.context\":\"x\"}", ": no \"value\" array"),
                Arguments.of("{\"value\":[1]}", ": expected the entries of \"value\" to be objects, found 1"),
                Arguments.of("{\"value\":[]} {}", ": expected nothing after the response object, found an object"),
                Arguments.of("{\"value\":[]} x", ": Unrecognized token 'x'"),
                Arguments.of(ROW + "\"msdyn_name\":\"WO", ", row " + WO_1 + ": Unexpected end-of-input"),
                Arguments.of(ROW + "\"msdyn_name\":\"WO\"}", " response: Unexpected end-of-input: expected close marker for Array"),
                Arguments.of("{\"value\":[{\"msdyn_name\":\"WO", " response: Unexpected end-of-input"),
                Arguments.of(ROW + "\"msdyn_name\":\"WO\",}]}", ", row " + WO_1 + ": Unexpected character ('}'"),
                Arguments.of(ROW + "\"msdyn_latitude\":\"north\"}]}",
                        ", row " + WO_1 + ", column msdyn_latitude: expected a number, found \"north\""),
                Arguments.of(ROW + "\"msdyn_name\":42}]}", ", row " + WO_1 + ", column msdyn_name: expected text, found 42"),
                Arguments.of(ROW + "\"msdyn_systemstatus\":\"690970001\"}]}",
                        ", row " + WO_1 + ", column msdyn_systemstatus: expected a 32-bit integer, found \"690970001\""),
                Arguments.of(ROW + "\"msdyn_systemstatus\":12}]}",
                        ", row " + WO_1 + ", column msdyn_systemstatus: 12 is not a value of the choice WorkOrderSystemStatus"),
                Arguments.of(ROW + "\"msdyn_priority\":2.5}]}", ", column msdyn_priority: expected a 32-bit integer, found 2.5"),
                Arguments.of(ROW + "\"versionnumber\":99999999999999999999}]}", ", column versionnumber: expected a 64-bit integer"),
                Arguments.of(ROW + "\"createdon\":\"yesterday\"}]}",
                        ", row " + WO_1 + ", column createdon: \"yesterday\" is not a valid Instant"),
                Arguments.of(ROW + "\"_msdyn_serviceaccount_value\":\"42\"}]}",
                        ", row " + WO_1 + ", column _msdyn_serviceaccount_value: expected a GUID, found \"42\""),
                Arguments.of(ROW + "\"@odata.etag\":\"\\\"5\\\"\"}]}", ", column @odata.etag: expected a weak ETag"),
                Arguments.of("{\"value\":[{\"msdyn_workorderid\":\"WO-1\"}]}",
                        " response, column msdyn_workorderid: expected a GUID, found \"WO-1\""),
                Arguments.of("{\"value\":[{\"msdyn_name\":\"WO\"}]}", ": a row without its key \"msdyn_workorderid\""),
                Arguments.of("{\"value\":[{\"@odata.context\":\"$metadata#msdyn_workorders/$deletedEntity\",\"reason\":\"deleted\"}]}",
                        ": a deleted entity without its \"id\""),
                Arguments.of("{\"value\":[],\"@odata.count\":\"2\"}", ", column @odata.count: expected a 64-bit integer"),
                Arguments.of("{\"value\":[],\"@odata.deltaLink\":\"http://h/msdyn_workorders?$select=msdyn_name\"}",
                        ", column @odata.deltaLink: the delta link has no $deltatoken"));
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void aMalformedBodyIsReportedWithTableRowColumnAndProblem(String json, String message) {
        assertThatThrownBy(() -> reader("msdyn_workorders", 1).read(body(json), new CollectingConsumer()))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageStartingWith("Malformed msdyn_workorders response")
                .hasMessageContaining(message);
    }

    @Test
    void theMessageGivesThePlaceInTheBody() {
        String json = "{\"value\":[\n" + ROW.substring(10) + "\"msdyn_latitude\":\"north\"}]}";
        int column = json.indexOf("\"north\"") - json.indexOf('\n');
        assertThatThrownBy(() -> reader("msdyn_workorders", 1).read(body(json), new CollectingConsumer()))
                .hasMessage("Malformed msdyn_workorders response, row " + WO_1 + ", column msdyn_latitude: expected a number,"
                        + " found \"north\" (line 2, column " + column + ")");
    }

    @Test
    void batchesBeforeATruncationAreHandedOverButNotTheLastPartialOne() {
        CollectingConsumer consumer = new CollectingConsumer();
        String json = "{\"value\":[{\"msdyn_workorderid\":\"" + WO_1 + "\"},{\"msdyn_workorderid\":\"" + WO_1 + "\"},{\"msdy";
        assertThatThrownBy(() -> reader("msdyn_workorders", 1).read(body(json), consumer))
                .isInstanceOf(MalformedResponseException.class);
        assertThat(consumer.order).containsExactly("rows 1", "rows 1");
        CollectingConsumer partial = new CollectingConsumer();
        assertThatThrownBy(() -> reader("msdyn_workorders", 5).read(body(json), partial))
                .isInstanceOf(MalformedResponseException.class);
        assertThat(partial.order).isEmpty();
    }
}
