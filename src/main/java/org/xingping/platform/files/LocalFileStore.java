package org.xingping.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The default store: files under {@code <data-dir>/files}, spread over two-letter folders. A file
 * is written to a temporary name and moved into place, so a crash never leaves half a file under
 * a key the database knows.
 */
public class LocalFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;

    public LocalFileStore(Path root) {
        this.root = root;
    }

    @Override
    public StoredFile store(InputStream content) throws IOException {
        String id = UUID.randomUUID().toString();
        String key = id.substring(0, 2) + "/" + id;
        Path target = root.resolve(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(id + ".part");
        MessageDigest sha256 = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
            size = content.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(root.resolve(key));
    }

    /** Keys are only ever made here; anything else (a path from a request) is refused. */
    private Path path(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a file key: " + key);
        }
        return root.resolve(key);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
