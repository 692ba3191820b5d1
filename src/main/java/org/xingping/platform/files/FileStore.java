package org.xingping.platform.files;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files live: a local folder by default, an S3-compatible store in production.
 * Files are addressed by a key the store gives; the database keeps the key, the name and the type.
 * A stored file is never changed, only added or removed.
 */
public interface FileStore {

    /** Stores the bytes and answers where they are and what they hold. */
    StoredFile store(InputStream content) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;

    boolean exists(String key);
}
