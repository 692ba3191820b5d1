package org.xingping.platform.yaml;

/**
 * Where the reader of a file format collects what is wrong with a file, so that it can go on
 * reading after each problem and refuse the file with all of them at once.
 */
public interface YamlProblems {

    /** A problem at {@code path} ({@code hours[1].from}; "" for the whole file), on a 1-based line (0 when unknown). */
    void add(String path, int line, String reason);

    default void add(YamlNode node, String reason) {
        add(node.path(), node.line(), reason);
    }
}
