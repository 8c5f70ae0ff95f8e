package com.kraviabridge.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class UnixSocketTest {

    @TempDir
    Path dir;

    @Test
    void theSocketLiesInTheDataDirectoryWhenItsPathFits() {
        UnixSocket socket = UnixSocket.in(dir);

        assertThat(socket.path()).isEqualTo(dir.resolve("mariadb.sock"));
        assertThat(socket.privateDir()).isNull();
    }

    @Test
    void aDataDirectoryTooDeepForASocketPathGetsAPrivateDirectoryUnderTmpRemovedAfterwards() throws Exception {
        Path deep = dir.resolve("a".repeat(60)).resolve("b".repeat(60));
        assertThat(deep.resolve("mariadb.sock").toString().length()).isGreaterThan(UnixSocket.MAX_PATH_BYTES);

        UnixSocket socket = UnixSocket.in(deep);

        assertThat(socket.path().toString().length()).isLessThanOrEqualTo(UnixSocket.MAX_PATH_BYTES);
        assertThat(socket.path().getParent()).isEqualTo(socket.privateDir());
        assertThat(socket.privateDir().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.privateDir())))
                .isEqualTo("rwx------");
        socket.cleanUp();
        assertThat(socket.privateDir()).doesNotExist();
    }
}
