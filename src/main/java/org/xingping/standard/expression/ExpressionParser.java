package org.xingping.standard.expression;

import java.math.BigDecimal;
import java.util.Locale;

import org.xingping.standard.expression.ArithmeticNode.Binary;
import org.xingping.standard.expression.ArithmeticNode.Literal;
import org.xingping.standard.expression.ArithmeticNode.Name;
import org.xingping.standard.expression.ArithmeticNode.Negation;
import org.xingping.standard.expression.ArithmeticNode.Operator;
import org.xingping.standard.expression.ComparisonNode.Relation;

/**
 * A recursive-descent parser for the expression language of the standard format:
 *
 * <pre>
 * comparison := sum relation sum            relation: &gt;= &lt;= &gt; &lt; == !=
 * sum        := product (("+" | "-") product)*
 * product    := unary (("*" | "/") unary)*
 * unary      := "-" unary | primary
 * primary    := number | name | ("min" | "max") "(" sum "," sum ")" | "(" sum ")"
 * </pre>
 *
 * Numbers are plain decimals ({@code 0.7}, {@code 60}); there is no exponent, no other function
 * and no other operator, so a standard cannot grow a language the committee cannot read. The
 * minus sign may be written {@code -} or {@code −} (U+2212, as the format's own text writes it).
 * Which names are allowed depends on where the expression stands; the loader checks them.
 */
public final class ExpressionParser {

    private final String text;
    private final Tokenizer tokens;

    private ExpressionParser(String text) {
        this.text = text;
        this.tokens = new Tokenizer(text);
    }

    /** Parses a formula: arithmetic with no comparison. */
    public static ArithmeticNode arithmetic(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        parser.refuseEmpty();
        ArithmeticNode node = parser.sum();
        Token next = parser.tokens.peek();
        if (next.kind() == TokenKind.RELATION) {
            throw parser.refusal(next, "公式中不能有比较运算符“" + next.text() + "”");
        }
        parser.expectEnd();
        return node;
    }

    /** Parses a condition: one comparison of two arithmetic sides. */
    public static ComparisonNode comparison(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        parser.refuseEmpty();
        ArithmeticNode left = parser.sum();
        Token relation = parser.tokens.peek();
        if (relation.kind() != TokenKind.RELATION) {
            if (relation.kind() == TokenKind.END) {
                throw parser.refusal(relation, "缺少比较运算符（>=、<=、>、<、==、!=）");
            }
            parser.expectEnd();
        }
        parser.tokens.next();
        ArithmeticNode right = parser.sum();
        Token extra = parser.tokens.peek();
        if (extra.kind() == TokenKind.RELATION) {
            throw parser.refusal(extra, "只能有一个比较运算符");
        }
        parser.expectEnd();
        return new ComparisonNode(left, relationOf(relation.text()), right);
    }

    private void refuseEmpty() {
        if (text == null || text.isBlank()) {
            throw new ExpressionSyntaxException(1, "表达式为空");
        }
    }

    private ArithmeticNode sum() {
        ArithmeticNode node = product();
        while (tokens.peek().kind() == TokenKind.PLUS || tokens.peek().kind() == TokenKind.MINUS) {
            Operator operator = tokens.next().kind() == TokenKind.PLUS ? Operator.ADD : Operator.SUBTRACT;
            node = new Binary(operator, node, product());
        }
        return node;
    }

    private ArithmeticNode product() {
        ArithmeticNode node = unary();
        while (tokens.peek().kind() == TokenKind.TIMES || tokens.peek().kind() == TokenKind.DIVIDED_BY) {
            Operator operator = tokens.next().kind() == TokenKind.TIMES ? Operator.MULTIPLY : Operator.DIVIDE;
            node = new Binary(operator, node, unary());
        }
        return node;
    }

    private ArithmeticNode unary() {
        if (tokens.peek().kind() == TokenKind.MINUS) {
            tokens.next();
            return new Negation(unary());
        }
        return primary();
    }

    private ArithmeticNode primary() {
        Token token = tokens.next();
        switch (token.kind()) {
            case NUMBER:
                return new Literal(new BigDecimal(token.text()));
            case NAME:
                if (tokens.peek().kind() == TokenKind.OPEN) {
                    return call(token);
                }
                return new Name(token.text());
            case OPEN:
                ArithmeticNode inner = sum();
                expectClose(token);
                return inner;
            case CLOSE:
                throw refusal(token, "括号不配对：多余的“)”");
            case END:
                throw refusal(token, "表达式不完整：此处应为数字、名称或“(”");
            default:
                throw refusal(token, "此处应为数字、名称或“(”，而不是“" + token.text() + "”");
        }
    }

    private ArithmeticNode call(Token function) {
        Operator operator = switch (function.text().toLowerCase(Locale.ROOT)) {
            case "min" -> Operator.MIN;
            case "max" -> Operator.MAX;
            default -> throw refusal(function, "未知的函数“" + function.text() + "”（只能用 min、max）");
        };
        Token open = tokens.next();
        ArithmeticNode first = sum();
        if (tokens.peek().kind() != TokenKind.COMMA) {
            throw refusal(tokens.peek(), "函数 " + function.text() + " 需要两个参数，用“,”分隔");
        }
        tokens.next();
        ArithmeticNode second = sum();
        if (tokens.peek().kind() == TokenKind.COMMA) {
            throw refusal(tokens.peek(), "函数 " + function.text() + " 只能有两个参数");
        }
        expectClose(open);
        return new Binary(operator, first, second);
    }

    private void expectClose(Token open) {
        Token token = tokens.peek();
        if (token.kind() == TokenKind.CLOSE) {
            tokens.next();
            return;
        }
        if (token.kind() == TokenKind.END) {
            throw refusal(open, "括号不配对：这个“(”缺少对应的“)”");
        }
        throw refusal(token, "此处应为“)”，而不是“" + token.text() + "”");
    }

    private void expectEnd() {
        Token token = tokens.peek();
        if (token.kind() == TokenKind.CLOSE) {
            throw refusal(token, "括号不配对：多余的“)”");
        }
        if (token.kind() != TokenKind.END) {
            throw refusal(token, "多余的内容“" + text.substring(token.start()).strip() + "”，是否缺少运算符？");
        }
    }

    private ExpressionSyntaxException refusal(Token token, String reason) {
        return new ExpressionSyntaxException(token.start() + 1, reason);
    }

    private static Relation relationOf(String symbol) {
        for (Relation relation : Relation.values()) {
            if (relation.symbol().equals(symbol)) {
                return relation;
            }
        }
        throw new IllegalStateException("tokenizer produced an unknown relation " + symbol);
    }

    enum TokenKind {
        NUMBER, NAME, PLUS, MINUS, TIMES, DIVIDED_BY, OPEN, CLOSE, COMMA, RELATION, END
    }

    record Token(TokenKind kind, String text, int start) {
    }

    /** Splits the text into tokens on demand, one token of look-ahead. */
    private static final class Tokenizer {

        private static final char UNICODE_MINUS = '\u2212';

        private final String text;
        private int position;
        private Token lookahead;

        Tokenizer(String text) {
            this.text = text == null ? "" : text;
        }

        Token peek() {
            if (lookahead == null) {
                lookahead = read();
            }
            return lookahead;
        }

        Token next() {
            Token token = peek();
            lookahead = null;
            return token;
        }

        private Token read() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            int start = position;
            if (position >= text.length()) {
                return new Token(TokenKind.END, "", start);
            }
            char c = text.charAt(position);
            if (isDigit(c) || (c == '.' && position + 1 < text.length() && isDigit(text.charAt(position + 1)))) {
                return number(start);
            }
            if (Character.isLetter(c) || c == '_') {
                while (position < text.length() && isNamePart(text.charAt(position))) {
                    position++;
                }
                return new Token(TokenKind.NAME, text.substring(start, position), start);
            }
            position++;
            return switch (c) {
                case '+' -> new Token(TokenKind.PLUS, "+", start);
                case '-', UNICODE_MINUS -> new Token(TokenKind.MINUS, String.valueOf(c), start);
                case '*' -> new Token(TokenKind.TIMES, "*", start);
                case '/' -> new Token(TokenKind.DIVIDED_BY, "/", start);
                case '(' -> new Token(TokenKind.OPEN, "(", start);
                case ')' -> new Token(TokenKind.CLOSE, ")", start);
                case ',' -> new Token(TokenKind.COMMA, ",", start);
                case '>', '<' -> relation(c, start, true);
                case '=', '!' -> relation(c, start, false);
                default -> throw new ExpressionSyntaxException(start + 1, "无法识别的字符“" + c + "”");
            };
        }

        private Token number(int start) {
            while (position < text.length() && isDigit(text.charAt(position))) {
                position++;
            }
            if (position < text.length() && text.charAt(position) == '.') {
                position++;
                while (position < text.length() && isDigit(text.charAt(position))) {
                    position++;
                }
            }
            if (position < text.length() && (Character.isLetter(text.charAt(position)) || text.charAt(position) == '.')) {
                throw new ExpressionSyntaxException(position + 1,
                        "数字“" + text.substring(start, position) + "”后面不能紧跟“" + text.charAt(position) + "”");
            }
            return new Token(TokenKind.NUMBER, text.substring(start, position), start);
        }

        /** {@code > >= < <=} stand alone or take '='; {@code == !=} must take it. */
        private Token relation(char first, int start, boolean mayStandAlone) {
            if (position < text.length() && text.charAt(position) == '=') {
                position++;
                return new Token(TokenKind.RELATION, first + "=", start);
            }
            if (mayStandAlone) {
                return new Token(TokenKind.RELATION, String.valueOf(first), start);
            }
            throw new ExpressionSyntaxException(start + 1,
                    first == '=' ? "“=”应写作“==”" : "“!”应写作“!=”");
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isNamePart(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
