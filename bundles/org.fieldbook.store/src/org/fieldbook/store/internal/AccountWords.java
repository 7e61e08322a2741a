package org.fieldbook.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.fieldbook.model.Account;

/**
 * The words of each stored account's name (FB_ACCOUNT_WORD), through which the search finds the account's
 * work orders. An account has a few words, so a write simply replaces them; its work orders' own word rows
 * are not touched, whatever order accounts and work orders arrive in.
 */
final class AccountWords {

    private AccountWords() {
    }

    static void store(Connection connection, List<Account> accounts) throws SQLException {
        forget(connection, accounts.stream().map(Account::getId).toList());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO FB_ACCOUNT_WORD (WORD, ACCOUNT_ID) VALUES (?, ?)")) {
            boolean any = false;
            for (Account account : accounts) {
                for (String word : WorkOrderSearchIndex.words(account.getName())) {
                    insert.setString(1, word);
                    insert.setString(2, account.getId());
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    static void forget(Connection connection, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM FB_ACCOUNT_WORD WHERE ACCOUNT_ID = ?")) {
            for (String id : ids) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}
