package org.xingping.observation;

/**
 * The hard rules of a visit plan, by the names people read on the page and in the command's
 * answer. The solver's constraints and the independent {@link PlanVerifier} both speak of them.
 */
public enum PlanRule {

    /** Every declared branch is visited once by one group, after its unit's briefing. */
    COVERAGE("每个申报支部由一个组观摩一次"),
    /** A unit's briefing and all its branches are seen by one group in one contiguous block on one day. */
    ONE_BLOCK("一个单位的汇报和各支部由一个组在同一天连续观摩"),
    /** Visits happen on the campaign's days. */
    CAMPAIGN_DAYS("观摩须在活动日期内完成"),
    /** Visits lie inside the daily hours; a single visit never straddles a break. */
    HOURS("观摩须在每天的观摩时段内，单次观摩不跨午休"),
    /** A briefing and a branch visit take the campaign's minutes. */
    MINUTES("观摩时长须符合活动文件"),
    /** Two visits of a group at different units leave the travel time between them. */
    TRAVEL("相邻两次观摩之间须留足路程时间"),
    /** Nobody observes their own unit, nor a unit or branch they are recused from. */
    RECUSAL("观摩员不得观摩本单位或须回避的支部"),
    /** Each group sees its share of linking branches, each seen by another group too. */
    LINKING("每组观摩规定数量的联系支部，其单位由另一组观摩"),
    /** A visit fixed by hand stays where it was fixed. */
    PINNED("人工固定的观摩保持不变");

    private final String label;

    PlanRule(String label) {
        this.label = label;
    }

    /** The rule in Chinese, as the page and the command say it. */
    public String label() {
        return label;
    }
}
