package org.xingping.platform.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;

/**
 * How one column's values travel through a backup: as text that means the same on H2 and on
 * PostgreSQL, so a backup of either restores into either. Each JDBC type family has one spelling.
 */
enum TableCodec {

    TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP, TIMESTAMP_ZONED, BINARY;

    static TableCodec of(int jdbcType) {
        switch (jdbcType) {
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.TINYINT:
                return INTEGER;
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.FLOAT, Types.REAL:
                return DECIMAL;
            case Types.BOOLEAN, Types.BIT:
                return BOOLEAN;
            case Types.DATE:
                return DATE;
            case Types.TIMESTAMP:
                return TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return TIMESTAMP_ZONED;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB:
                return BINARY;
            default:
                return TEXT;
        }
    }

    /** The value of a column as the backup writes it; null stays null. */
    String read(ResultSet rs, int column) throws SQLException {
        String text = switch (this) {
            case BINARY -> {
                byte[] bytes = rs.getBytes(column);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case TIMESTAMP -> {
                Timestamp at = rs.getTimestamp(column);
                yield at == null ? null : at.toLocalDateTime().toString();
            }
            case TIMESTAMP_ZONED -> {
                OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
                yield at == null ? null : at.toString();
            }
            case DATE -> {
                LocalDate day = rs.getObject(column, LocalDate.class);
                yield day == null ? null : day.toString();
            }
            case DECIMAL -> {
                BigDecimal number = rs.getBigDecimal(column);
                yield number == null ? null : number.toPlainString();
            }
            default -> rs.getString(column);
        };
        return rs.wasNull() ? null : text;
    }

    void write(PreparedStatement statement, int parameter, String text, int jdbcType) throws SQLException {
        if (text == null) {
            statement.setNull(parameter, jdbcType);
            return;
        }
        switch (this) {
            case INTEGER -> statement.setLong(parameter, Long.parseLong(text));
            case DECIMAL -> statement.setBigDecimal(parameter, new BigDecimal(text));
            case BOOLEAN -> statement.setBoolean(parameter, Boolean.parseBoolean(text) || "t".equals(text) || "1".equals(text));
            case DATE -> statement.setObject(parameter, LocalDate.parse(text));
            case TIMESTAMP -> statement.setTimestamp(parameter, Timestamp.valueOf(local(text)));
            case TIMESTAMP_ZONED -> statement.setObject(parameter, zoned(text));
            case BINARY -> statement.setBytes(parameter, Base64.getDecoder().decode(text));
            default -> statement.setString(parameter, text);
        }
    }

    /*
     * PostgreSQL's driver calls a timestamp with time zone a plain TIMESTAMP, H2's does not: a backup
     * of one restored into the other meets either spelling, read in the machine's zone.
     */
    private static LocalDateTime local(String text) {
        return hasOffset(text) ? OffsetDateTime.parse(text).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime()
                : LocalDateTime.parse(text);
    }

    private static OffsetDateTime zoned(String text) {
        return hasOffset(text) ? OffsetDateTime.parse(text) : LocalDateTime.parse(text).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static boolean hasOffset(String text) {
        int time = text.indexOf('T');
        return time > 0 && (text.endsWith("Z") || text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0);
    }
}
