package org.buddywerk.volunteers;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code buddywerk.join.limit} sign-up posts (default 5) per {@code buddywerk.join.window} (default 10
 * minutes) from one client address; a sliding window, so the next post is allowed as soon as the oldest one is
 * older than the window. IPv6 clients count per /64, since one device usually holds a whole /64. Behind a reverse
 * proxy the client address is only right with {@code SERVER_FORWARD_HEADERS_STRATEGY=native}.
 * <p>
 * Counted in memory, per instance: with several instances behind a load balancer each counts on its own, which is
 * good enough against a script hammering the form. Memory stays bounded: addresses whose posts have all left the
 * window are dropped, and no more than {@value #MAX_ADDRESSES} addresses are kept (the least recently seen go
 * first). No rate-limiting library is on the classpath (Bucket4j, Resilience4j), and this is a few lines, so it
 * is written here rather than adding a dependency.
 */
@Component
class SignUpRateLimit {

	static final int MAX_ADDRESSES = 10_000;

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final int limit;

	private final Duration window;

	private final Clock clock;

	/** Per address, the times of its recent posts, oldest first; least recently seen address first. */
	private final LinkedHashMap<String, ArrayDeque<Instant>> recent = new LinkedHashMap<>(64, 0.75f, true);

	SignUpRateLimit(@Value("${buddywerk.join.limit:5}") int limit, @Value("${buddywerk.join.window:10m}") Duration window,
			Clock clock) {
		if (limit < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("buddywerk.join.limit must be at least 1 and buddywerk.join.window positive");
		}
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Counts a post from this address; false (and nothing counted) when the address is over its limit. */
	synchronized boolean tryAcquire(String address) {
		Instant now = clock.instant();
		Instant cutoff = now.minus(window);
		forgetOlderThan(cutoff);
		ArrayDeque<Instant> times = recent.computeIfAbsent(key(address), k -> new ArrayDeque<>(limit));
		while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
			times.pollFirst();
		}
		if (times.size() >= limit) {
			return false;
		}
		times.addLast(now);
		if (recent.size() > MAX_ADDRESSES) {
			Iterator<String> eldest = recent.keySet().iterator();
			eldest.next();
			eldest.remove();
		}
		return true;
	}

	Duration window() {
		return window;
	}

	/** Drops addresses, least recently seen first, whose last post has left the window. */
	private void forgetOlderThan(Instant cutoff) {
		Iterator<Map.Entry<String, ArrayDeque<Instant>>> entries = recent.entrySet().iterator();
		while (entries.hasNext()) {
			ArrayDeque<Instant> times = entries.next().getValue();
			if (!times.isEmpty() && times.peekLast().isAfter(cutoff)) {
				return;
			}
			entries.remove();
		}
	}

	/** The address itself, or for IPv6 its /64 network. */
	static String key(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		if (address.indexOf(':') >= 0 && IPV6_LITERAL.matcher(address).matches()) {
			try {
				// an IPv6 literal is parsed, never looked up in DNS
				byte[] bytes = InetAddress.getByName(address).getAddress();
				if (bytes.length == 16) {
					return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
				}
			}
			catch (UnknownHostException notALiteral) {
				// fall through: count it as it came
			}
		}
		return address.length() > 64 ? address.substring(0, 64) : address;
	}
}
