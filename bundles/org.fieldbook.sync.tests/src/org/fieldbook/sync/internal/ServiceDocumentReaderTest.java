package org.fieldbook.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceDocumentReaderTest {

    @Test
    void collectsEntitySetsAndSkipsOtherKindsAndUnknownFields() throws IOException {
        List<String> names = read("""
                {"@odata.context":"$metadata","extra":{"nested":[1,2]},"value":[
                  {"name":"accounts","kind":"EntitySet","url":"accounts"},
                  {"name":"WhoAmI","kind":"FunctionImport","url":"WhoAmI"},
                  {"url":"contacts","name":"contacts"}]}""");
        assertThat(names).containsExactly("accounts", "contacts");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "[]", "{\"value\":{}}", "{\"context\":\"x\"}", "{\"value\":[1]}", "{\"value\":[{\"name\":" })
    void anythingElseIsMalformed(String body) {
        assertThatThrownBy(() -> read(body)).isInstanceOf(MalformedResponseException.class);
    }

    private static List<String> read(String body) throws IOException {
        return ServiceDocumentReader.entitySetNames(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
