package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.hsqldb.jdbc.JDBCPreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.PropertyPlaceholderConfigurer;
import org.springframework.context.support.GenericXmlApplicationContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The demo's pools as demo-applicationContext-datasource.xml makes them, on an in-memory HSQLDB: a statement
 * prepared, closed and prepared again, in a later transaction on the pooled connection, is HSQLDB's same prepared
 * statement (compiled once per connection, not once per transaction).
 */
class DemoPoolTest {

    private static final String SQL = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_USERS WHERE USER_NAME = ?";

    private GenericXmlApplicationContext context;
    private DataSource pool;

    @BeforeEach
    void theDemoPools() {
        context = new GenericXmlApplicationContext();
        PropertyPlaceholderConfigurer placeholders = new PropertyPlaceholderConfigurer();
        Properties jdbc = new Properties();
        jdbc.setProperty("demo.jdbc.url", "jdbc:hsqldb:mem:demo-pool-test");
        jdbc.setProperty("demo.jdbc.user", "SA");
        jdbc.setProperty("demo.jdbc.password", "");
        placeholders.setProperties(jdbc);
        context.addBeanFactoryPostProcessor(placeholders);
        context.load("classpath:/demo-applicationContext-datasource.xml");
        context.refresh();
        pool = context.getBean("demoDataSource", DataSource.class);
    }

    @AfterEach
    void closed() {
        context.close();
    }

    @Test
    void a_statement_prepared_again_in_a_later_transaction_is_the_one_hsqldb_compiled_before() throws SQLException {
        JDBCPreparedStatement first = preparedInATransaction();
        JDBCPreparedStatement again = preparedInATransaction();

        assertThat(again).isSameAs(first);
        assertThat(again.isClosed()).as("kept open by the pool while nobody uses it").isFalse();
    }

    /** Borrows a connection, runs the statement in a transaction, closes the statement and gives the connection back. */
    private JDBCPreparedStatement preparedInATransaction() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            JDBCPreparedStatement hsqldbs;
            try (PreparedStatement statement = connection.prepareStatement(SQL)) {
                statement.setString(1, "SA");
                try (ResultSet rows = statement.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getInt(1)).isEqualTo(1);
                }
                hsqldbs = statement.unwrap(JDBCPreparedStatement.class);
            }
            connection.commit();
            connection.setAutoCommit(true);
            return hsqldbs;
        }
    }
}
