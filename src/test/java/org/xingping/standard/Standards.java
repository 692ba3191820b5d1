package org.xingping.standard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The standards the tests speak of: the reference standard of 2021 and the test standards of other cities. */
public final class Standards {

    private Standards() {
    }

    /** 驻马店市直机关 2021: five basics, bonus section F capped at 10, levels 1–5, five stars need innovation. */
    public static RatingStandard reference() {
        return load("/demo/standard-2021.yaml");
    }

    /** A 110-point scheme: 100 base points, a 10-point bonus section, five stars need a prerequisite. */
    public static RatingStandard hundredTenPoints() {
        return load("/standards/110-points-with-bonus.yaml");
    }

    /** 70 % base (less deductions) + 30 % appraisal, five stars limited to 30 % of rated branches. */
    public static RatingStandard seventyThirtyAppraisal() {
        return load("/standards/70-30-appraisal.yaml");
    }

    /** Appraisal below 60 caps the level at two stars through a veto's {@code when}. */
    public static RatingStandard appraisalVeto() {
        return load("/standards/appraisal-veto.yaml");
    }

    /** Rates three to five stars only (below three: not rated), with guidance quotas. */
    public static RatingStandard threeToFiveStars() {
        return load("/standards/three-to-five-stars.yaml");
    }

    /** The reference standard's file as it is uploaded. */
    public static byte[] referenceFile() {
        return text("/demo/standard-2021.yaml").getBytes(StandardCharsets.UTF_8);
    }

    public static RatingStandard load(String resource) {
        return new StandardLoader().load(text(resource));
    }

    public static String text(String resource) {
        try (InputStream in = Standards.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
