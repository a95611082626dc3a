package io.loyaltyclub.ledger.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * SQL statements of the ledger run one after the other on the transaction's connection, each seeing what the ones
 * before it did. On PostgreSQL they go to the server together, in one round trip: its JDBC driver sends a statement
 * holding several (separated by semicolons) as one message sequence and the server runs them in order, each with a
 * snapshot of its own, as if sent one by one.
 */
final class LedgerStatements {

    /** A typed SQL NULL for a parameter. */
    static final class Null {
        final int type;

        private Null(int type) {
            this.type = type;
        }
    }

    static final Null NULL_BIGINT = new Null(Types.BIGINT);
    static final Null NULL_TIMESTAMP = new Null(Types.TIMESTAMP);
    static final Null NULL_VARCHAR = new Null(Types.VARCHAR);

    /** Parameters sent together at most (PostgreSQL's limit is 65,535 a message). */
    static final int MAX_PARAMETERS = 30000;

    private final List<String> sql = new ArrayList<String>();
    private final List<Object[]> params = new ArrayList<Object[]>();
    private final List<Boolean> queries = new ArrayList<Boolean>();

    /** Adds a statement that changes rows; its result is the number changed. Returns its index. */
    int update(String statement, Object... values) {
        return add(statement, values, false);
    }

    /** Adds a query; its result is its rows. Returns its index. */
    int query(String statement, Object... values) {
        return add(statement, values, true);
    }

    boolean isEmpty() {
        return sql.isEmpty();
    }

    private int add(String statement, Object[] values, boolean query) {
        sql.add(statement);
        params.add(values);
        queries.add(query);
        return sql.size() - 1;
    }

    static Object orNull(Long value) {
        return value == null ? NULL_BIGINT : value;
    }

    static Object orNull(Date value) {
        return value == null ? NULL_TIMESTAMP : value;
    }

    static Object orNull(String value) {
        return value == null ? NULL_VARCHAR : value;
    }

    /**
     * Runs the statements in order, {@code together} in one round trip, and returns each one's result: an
     * {@code Integer} (rows changed) or a {@code List<Object[]>} (rows read).
     */
    List<Object> run(Connection connection, boolean together) throws SQLException {
        List<Object> results = new ArrayList<Object>();
        if (sql.isEmpty()) {
            return results;
        }
        if (!together) {
            for (int i = 0; i < sql.size(); i++) {
                try (PreparedStatement statement = connection.prepareStatement(sql.get(i))) {
                    bind(statement, params.get(i), 1);
                    results.add(queries.get(i) ? rows(statement.executeQuery()) : statement.executeUpdate());
                }
            }
            return results;
        }
        int from = 0;
        while (from < sql.size()) {
            // As many statements as stay within the parameters one message may carry (PostgreSQL's protocol counts
            // them in 16 bits): the first kept balance of an account with thousands of lots changes thousands of
            // points due.
            int to = from;
            int parameters = 0;
            while (to < sql.size() && (to == from || parameters + params.get(to).length <= MAX_PARAMETERS)) {
                parameters += params.get(to).length;
                to++;
            }
            runTogether(connection, from, to, results);
            from = to;
        }
        return results;
    }

    private void runTogether(Connection connection, int from, int to, List<Object> results) throws SQLException {
        StringBuilder all = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (all.length() > 0) {
                all.append(";\n");
            }
            all.append(sql.get(i));
        }
        try (PreparedStatement statement = connection.prepareStatement(all.toString())) {
            int index = 1;
            for (int i = from; i < to; i++) {
                index = bind(statement, params.get(i), index);
            }
            boolean resultSet = statement.execute();
            for (int i = from; i < to; i++) {
                if (i > from) {
                    resultSet = statement.getMoreResults();
                }
                if (queries.get(i) != resultSet) {
                    throw new SQLException("Statement " + i + " of the ledger's batch gave an unexpected result");
                }
                results.add(resultSet ? rows(statement.getResultSet()) : statement.getUpdateCount());
            }
        }
    }

    private static int bind(PreparedStatement statement, Object[] values, int from) throws SQLException {
        int index = from;
        for (Object value : values) {
            if (value instanceof Null) {
                statement.setNull(index, ((Null) value).type);
            } else if (value instanceof Long) {
                statement.setLong(index, (Long) value);
            } else if (value instanceof Integer) {
                statement.setInt(index, (Integer) value);
            } else if (value instanceof String) {
                statement.setString(index, (String) value);
            } else if (value instanceof Date) {
                statement.setTimestamp(index, new Timestamp(((Date) value).getTime()));
            } else {
                throw new IllegalArgumentException("No SQL parameter of type " + value.getClass().getName());
            }
            index++;
        }
        return index;
    }

    private static List<Object[]> rows(ResultSet resultSet) throws SQLException {
        List<Object[]> rows = new ArrayList<Object[]>();
        try (ResultSet rs = resultSet) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
