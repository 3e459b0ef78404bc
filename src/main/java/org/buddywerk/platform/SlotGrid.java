package org.buddywerk.platform;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

/** The availability grid as forms show it: a row per day, a column per part of the day. */
public record SlotGrid(DayOfWeek day, List<WeekSlot> slots) {

	public static final List<SlotGrid> ROWS = Arrays.stream(DayOfWeek.values())
		.map(day -> new SlotGrid(day, Arrays.stream(WeekSlot.Part.values()).map(part -> WeekSlot.of(day, part)).toList()))
		.toList();

	public String dayName(java.util.Locale locale) {
		return day.getDisplayName(java.time.format.TextStyle.FULL, locale);
	}
}
