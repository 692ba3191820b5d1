package org.xingping.notice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xingping.platform.AppSettings;

/**
 * The signed token the objection form carries, against automated filling without a third-party
 * service: it says when the form was shown (a person takes more than a few seconds to write an
 * objection, a script does not), it expires after a few hours, and it is good for one objection.
 * The key lives in the database so every instance of the application signs alike.
 */
@Component
class FormTokens {

    static final Duration FASTEST = Duration.ofSeconds(5);
    static final Duration OLDEST = Duration.ofHours(4);
    private static final String KEY_SETTING = "notice.formKey";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final AppSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FormTokens(AppSettings settings, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String issue(int year) {
        return issue(year, clock.instant());
    }

    /** A token as if the form had been shown at {@code shownAt}. */
    String issue(int year, Instant shownAt) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = year + "." + shownAt.getEpochSecond() + "." + ENCODER.encodeToString(nonce);
        return payload + "." + sign(payload);
    }

    /**
     * Checks the token of a form sent for {@code year} and uses it up in the caller's transaction:
     * a refused objection rolls the use back, so the person may correct the form and send it again.
     */
    void use(int year, String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 4) {
            throw new NoticeRefused("objection.token.invalid");
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[3].getBytes(StandardCharsets.US_ASCII)) || !parts[0].equals(String.valueOf(year))) {
            throw new NoticeRefused("objection.token.invalid");
        }
        Instant shownAt;
        try {
            shownAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            throw new NoticeRefused("objection.token.invalid");
        }
        Duration age = Duration.between(shownAt, clock.instant());
        if (age.compareTo(FASTEST) < 0) {
            throw new NoticeRefused("objection.token.tooFast");
        }
        if (age.compareTo(OLDEST) > 0) {
            throw new NoticeRefused("objection.token.expired");
        }
        try {
            jdbc.sql("insert into objection_form_use (nonce, used_at) values (:nonce, :at)")
                    .param("nonce", parts[2]).param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException used) {
            throw new NoticeRefused("objection.token.used");
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        return settings.get(KEY_SETTING).map(Base64.getDecoder()::decode).orElseGet(() -> {
            byte[] key = new byte[32];
            random.nextBytes(key);
            settings.put(KEY_SETTING, Base64.getEncoder().encodeToString(key));
            return key;
        });
    }
}
