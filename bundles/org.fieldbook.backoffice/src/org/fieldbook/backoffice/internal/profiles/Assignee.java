package org.fieldbook.backoffice.internal.profiles;

import java.util.Locale;

/**
 * Who a profile is assigned to: a user or a team, by name.
 *
 * @param kind user or team
 * @param name the user name or team name
 */
public record Assignee(Kind kind, String name) {

    /** Whether the name is a user's or a team's; a user's own assignment beats their teams'. */
    public enum Kind {
        USER, TEAM;

        /** @return the kind as stored, e.g. {@code user} */
        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @throws IllegalArgumentException for a blank or too long name */
    public Assignee {
        requireName(name, kind.id());
    }

    public static Assignee user(String userName) {
        return new Assignee(Kind.USER, userName);
    }

    public static Assignee team(String teamName) {
        return new Assignee(Kind.TEAM, teamName);
    }

    /** @throws IllegalArgumentException for a blank name or one longer than the database holds */
    static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The " + what + " name is empty");
        }
        if (name.length() > 100) {
            throw new IllegalArgumentException("The " + what + " name '" + name + "' is longer than 100 characters");
        }
        return name;
    }

    @Override
    public String toString() {
        return "The " + kind.id() + " '" + name + "'";
    }
}
