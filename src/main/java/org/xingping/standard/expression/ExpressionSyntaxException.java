package org.xingping.standard.expression;

/**
 * An expression that cannot be read, with the 1-based character position where reading stopped
 * and the reason in Chinese (the committee writes these expressions and reads the answer).
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {

    private final int position;
    private final String reason;

    ExpressionSyntaxException(int position, String reason) {
        super("第 " + position + " 个字符处：" + reason);
        this.position = position;
        this.reason = reason;
    }

    /** 1-based position of the offending character in the expression text. */
    public int position() {
        return position;
    }

    /** Why the expression was refused, in Chinese, without the position. */
    public String reason() {
        return reason;
    }
}
