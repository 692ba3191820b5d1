package org.xingping.platform.files;

/** A file as the store keeps it: its key, its size and the SHA-256 of its bytes. */
public record StoredFile(String key, long size, String sha256) {
}
