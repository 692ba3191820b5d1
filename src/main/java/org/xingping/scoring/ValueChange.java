package org.xingping.scoring;

/**
 * A value an observer enters for an item, as the sheet sends it.
 *
 * @param baseVersion the version of the item's value the device last saw (0 for none): the change
 *                    applies only if the value has not changed since, so two devices never
 *                    silently overwrite each other
 * @param requestKey  a key the device makes once per change and resends unchanged, so a change
 *                    sent twice is applied once
 * @param reason      why, required once the sheet is submitted
 */
public record ValueChange(String itemCode, String value, int baseVersion, String requestKey, String reason) {
}
