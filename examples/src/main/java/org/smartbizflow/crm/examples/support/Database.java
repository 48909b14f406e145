package org.smartbizflow.crm.examples.support;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.smartbizflow.crm.jpa.CrmSchema;
import org.smartbizflow.crm.jpa.DatabaseVendor;
import org.smartbizflow.crm.jpa.JpaCrmPersistence;

/**
 * Where the example apps keep their data: an H2 file by default, or any JDBC URL of a
 * supported database. The CRM's schema scripts are applied on open, as a host's migration
 * tool would.
 */
public final class Database implements AutoCloseable {

    private final String url;
    private final DatabaseVendor vendor;
    private final JpaCrmPersistence persistence;
    private final Connection keepOpen;

    private Database(String url, DatabaseVendor vendor, JpaCrmPersistence persistence, Connection keepOpen) {
        this.url = url;
        this.vendor = vendor;
        this.persistence = persistence;
        this.keepOpen = keepOpen;
    }

    /**
     * @param target a JDBC URL, or a file path for an H2 database
     */
    public static Database open(String target, String user, String password) {
        String url = target.startsWith("jdbc:") ? target
                : "jdbc:h2:file:" + Path.of(target).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        DatabaseVendor vendor = vendorOf(url);
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        Connection keepOpen = null;
        if (vendor == DatabaseVendor.H2) {
            // An embedded H2 database closes with its last connection and reopens its file on the
            // next; one idle connection keeps it open while the app runs.
            try {
                keepOpen = dataSource.getConnection();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot open " + url + ": " + e.getMessage(), e);
            }
        }
        CrmSchema.migrate(dataSource, vendor);
        return new Database(url, vendor, JpaCrmPersistence.bootstrap(dataSource, vendor), keepOpen);
    }

    static DatabaseVendor vendorOf(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return DatabaseVendor.H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return DatabaseVendor.POSTGRESQL;
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            return DatabaseVendor.MARIADB;
        }
        throw new Arguments.UsageException("unsupported database URL " + url
                + " (use jdbc:h2:..., jdbc:postgresql:... or jdbc:mariadb:...)");
    }

    public JpaCrmPersistence persistence() {
        return persistence;
    }

    public String url() {
        return url;
    }

    public DatabaseVendor vendor() {
        return vendor;
    }

    @Override
    public void close() {
        persistence.close();
        if (keepOpen != null) {
            try {
                keepOpen.close();
            } catch (SQLException e) {
                // closing at exit; H2 has written its file at each commit
            }
        }
    }

    /** The plainest DataSource: a new connection from DriverManager on each request. */
    private static final class DriverManagerDataSource implements DataSource {
        private final String url;
        private final String user;
        private final String password;

        DriverManagerDataSource(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // DriverManager logs nowhere here
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
