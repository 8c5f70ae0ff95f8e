package com.kraviabridge.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcUrlsTest {

    @Test
    void readsReplacesAndDropsTheDatabase() {
        String url = "jdbc:mariadb://db.example.com:3306/kravia?sslMode=verify-full&password=p4ss";

        assertThat(JdbcUrls.database(url)).isEqualTo("kravia");
        assertThat(JdbcUrls.withoutDatabase(url)).isEqualTo("jdbc:mariadb://db.example.com:3306/?sslMode=verify-full&password=p4ss");
        assertThat(JdbcUrls.withDatabase(url, "bridge")).isEqualTo(url);
        assertThat(JdbcUrls.withDatabase("jdbc:mariadb://db:3306", "bridge")).isEqualTo("jdbc:mariadb://db:3306/bridge");
        assertThat(JdbcUrls.withDatabase("jdbc:mariadb://db:3306/?a=b", "bridge")).isEqualTo("jdbc:mariadb://db:3306/bridge?a=b");
        assertThat(JdbcUrls.redacted(url)).endsWith("password=***").doesNotContain("p4ss");
    }

    @Test
    void namesEveryServerWithThePortTheDriverWillUse() {
        assertThat(JdbcUrls.servers("jdbc:mariadb://db.example.com/kravia?password=p4ss")).isEqualTo("db.example.com:3306");
        assertThat(JdbcUrls.servers("jdbc:mariadb://[::1]:3307/kravia")).isEqualTo("[::1]:3307");
        assertThat(JdbcUrls.servers("jdbc:mariadb:replication://db1,db2:3307/kravia")).isEqualTo("db1:3306, db2:3307");
    }

    @Test
    void refusesDatabaseNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:mariadb://db/x`;drop", "bridge"))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> StoreSettings.embedded(Path.of("/var/lib/bridge")).withDatabaseName("a-b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreSettings("", "u", "p", null, 4))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("dataDir");
    }
}
