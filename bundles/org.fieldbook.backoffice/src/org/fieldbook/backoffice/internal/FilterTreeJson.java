package org.fieldbook.backoffice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fieldbook.backoffice.internal.FilterTree.Condition;
import org.fieldbook.backoffice.internal.FilterTree.Group;
import org.fieldbook.backoffice.internal.FilterTree.Match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A {@link FilterTree} as the console sends it: a group is {@code {"match":"all"|"any","members":[…]}}, a
 * condition {@code {"column":"starttime","operator":"next-x-days","values":["7"]}}.
 */
public final class FilterTreeJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterTreeJson() {
    }

    public static JsonNode write(FilterTree tree) {
        ObjectNode node = JSON.createObjectNode();
        if (tree instanceof Group group) {
            node.put("match", group.match().name().toLowerCase(Locale.ROOT));
            ArrayNode members = node.putArray("members");
            group.members().forEach(member -> members.add(write(member)));
        } else {
            Condition condition = (Condition) tree;
            node.put("column", condition.column());
            node.put("operator", condition.operator().id());
            ArrayNode values = node.putArray("values");
            condition.values().forEach(values::add);
        }
        return node;
    }

    /**
     * Reads a tree; an unknown operator is read as none, which {@link FilterColumns#check} then names.
     *
     * @throws IllegalArgumentException when the JSON is not a tree of groups and conditions
     */
    public static FilterTree read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("A filter is a group of conditions.");
        }
        if (node.has("members")) {
            String match = node.path("match").asText();
            if (!match.equals("all") && !match.equals("any") || !node.get("members").isArray()) {
                throw new IllegalArgumentException("A group matches \"all\" or \"any\" of its members.");
            }
            List<FilterTree> members = new ArrayList<>();
            node.get("members").forEach(member -> members.add(read(member)));
            return new Group(Match.valueOf(match.toUpperCase(Locale.ROOT)), members);
        }
        List<String> values = new ArrayList<>();
        node.path("values").forEach(value -> values.add(value.asText()));
        return new Condition(node.path("column").asText(""), FilterOperator.byId(node.path("operator").asText()).orElse(null), values);
    }
}
