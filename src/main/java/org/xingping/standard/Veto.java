package org.xingping.standard;

import java.util.Optional;

/**
 * 一票否决: a veto item. It "applies when the committee records it for the branch, or when its
 * {@code when} expression holds".
 */
public record Veto(String code, String name, VetoEffect effect, Optional<Comparison> when) {
}
