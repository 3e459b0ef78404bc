package org.buddywerk.matching.geo;

/** One row of the table: a postal code, the name of its (first) place, and where it lies. */
record PostalCodeRow(PostalCode postalCode, String place, Coordinates coordinates) {
}
