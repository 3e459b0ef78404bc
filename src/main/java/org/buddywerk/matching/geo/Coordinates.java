package org.buddywerk.matching.geo;

/** A point on the earth in WGS84 decimal degrees, as GeoNames gives it for a postal code. */
public record Coordinates(double latitude, double longitude) {

	/** The mean radius of the earth; the spherical model errs by at most 0.5 %, far below a postal code's size. */
	private static final double EARTH_RADIUS_KM = 6371.0088;

	public Coordinates {
		if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("no such place: " + latitude + ", " + longitude);
		}
	}

	/** The great-circle distance (haversine), which stays exact for short distances too. */
	public double kilometresTo(Coordinates other) {
		double lat1 = Math.toRadians(latitude);
		double lat2 = Math.toRadians(other.latitude);
		double sinLat = Math.sin((lat2 - lat1) / 2);
		double sinLon = Math.sin(Math.toRadians(other.longitude - longitude) / 2);
		double h = sinLat * sinLat + Math.cos(lat1) * Math.cos(lat2) * sinLon * sinLon;
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}
}
