package org.buddywerk.platform;

import java.time.DayOfWeek;

/** A part of a day in the week: the grid volunteers tick when they say when they are free. */
public enum WeekSlot {
	MONDAY_MORNING, MONDAY_AFTERNOON, MONDAY_EVENING,
	TUESDAY_MORNING, TUESDAY_AFTERNOON, TUESDAY_EVENING,
	WEDNESDAY_MORNING, WEDNESDAY_AFTERNOON, WEDNESDAY_EVENING,
	THURSDAY_MORNING, THURSDAY_AFTERNOON, THURSDAY_EVENING,
	FRIDAY_MORNING, FRIDAY_AFTERNOON, FRIDAY_EVENING,
	SATURDAY_MORNING, SATURDAY_AFTERNOON, SATURDAY_EVENING,
	SUNDAY_MORNING, SUNDAY_AFTERNOON, SUNDAY_EVENING;

	/** Morning, afternoon or evening. */
	public enum Part {
		MORNING, AFTERNOON, EVENING
	}

	public DayOfWeek day() {
		return DayOfWeek.of(ordinal() / 3 + 1);
	}

	public Part part() {
		return Part.values()[ordinal() % 3];
	}

	public static WeekSlot of(DayOfWeek day, Part part) {
		return values()[(day.getValue() - 1) * 3 + part.ordinal()];
	}
}
