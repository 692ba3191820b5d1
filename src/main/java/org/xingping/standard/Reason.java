package org.xingping.standard;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A structured reason (code and arguments) that lowered a branch's level, rendered in Chinese or
 * English from a resource bundle: {@code 否决项 V1 限定最高3星}, {@code 5星名额已满（44）}.
 */
public record Reason(ReasonCode code, List<String> arguments) {

    private static final String BUNDLE = "org.xingping.standard.reasons";
    /** Chinese is the bundle's base; no fallback to the machine's locale, which may be English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason belowThreshold(BigDecimal total, Level level) {
        return new Reason(ReasonCode.BELOW_THRESHOLD,
                List.of(total.toPlainString(), stars(level.stars()), level.min().toPlainString()));
    }

    public static Reason missingCondition(Condition condition) {
        return new Reason(ReasonCode.MISSING_CONDITION, List.of(condition.code(), condition.name()));
    }

    public static Reason veto(Veto veto) {
        if (veto.effect() instanceof VetoEffect.NotRated) {
            return new Reason(ReasonCode.VETO_NOT_RATED, List.of(veto.code(), veto.name()));
        }
        return new Reason(ReasonCode.VETO_CAP, List.of(veto.code(), stars(veto.effect().cap()), veto.name()));
    }

    public static Reason declaration(StarLevel target) {
        return new Reason(ReasonCode.DECLARATION_CAP, List.of(stars(target)));
    }

    public static Reason promotion(Promotion promotion, StarLevel current) {
        return new Reason(ReasonCode.PROMOTION_LIMIT, List.of(String.valueOf(promotion.maxStep()), stars(current)));
    }

    public static Reason quotaFull(Quota quota, int cap) {
        return new Reason(ReasonCode.QUOTA_FULL, List.of(stars(quota.stars()), String.valueOf(cap)));
    }

    public static Reason guidanceQuotaExceeded(Quota quota, int count, int cap) {
        return new Reason(ReasonCode.GUIDANCE_QUOTA_EXCEEDED,
                List.of(stars(quota.stars()), String.valueOf(count), String.valueOf(cap)));
    }

    /** The reason in the language of {@code locale}: Chinese unless English is asked for. */
    public String render(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        return new MessageFormat(bundle.getString(code.name()), locale).format(arguments.toArray());
    }

    /** The reason in Chinese. */
    @Override
    public String toString() {
        return render(Locale.CHINESE);
    }

    private static String stars(StarLevel level) {
        return String.valueOf(level.stars());
    }
}
