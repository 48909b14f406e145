package org.smartbizflow.crm.jpa;

/**
 * The databases whose schema scripts ship in the jar. Each vendor names the resource folder
 * of its Flyway-style scripts ({@code db/crm/<vendor>/V<n>__<name>.sql}), so a host can run
 * them with {@link CrmSchema} or point its own migration tool at the same folder.
 */
public enum DatabaseVendor {
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql"),
    /** MariaDB 10.7 or later (native {@code uuid} column type). */
    MARIADB("mariadb"),
    /** H2 2.x, for embedded use and tests. */
    H2("h2");

    private final String folderName;

    DatabaseVendor(String folderName) {
        this.folderName = folderName;
    }

    /** The classpath folder of this vendor's scripts, e.g. {@code db/crm/postgresql}. */
    public String scriptFolder() {
        return "db/crm/" + folderName;
    }
}
