package org.buddywerk.matching.engine.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.buddywerk.matching.engine.InvalidInstanceException;
import org.buddywerk.matching.engine.MatchingInstance;
import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;
import org.buddywerk.matching.engine.MatchingResult;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * The instance and result as JSON, for the command line and the REST API alike:
 * {@code {"participants":[{"id":"p1","unmatchedPenalty":21200}],"buddies":[{"id":"b1","capacity":2}],
 * "pairs":[{"participant":"p1","buddy":"b1","cost":1234}]}} in, {@code {"objective":1234,"pairs":[…],
 * "unmatched":["p7"]}} out. Read as a stream of tokens, so that a file of millions of pairs needs no tree in
 * memory, and strictly: ids are strings, numbers whole (no 1.5, no "12"), every field present. A problem is
 * an {@link InvalidInstanceException} that names the field, as in {@code pairs[3].cost}. Unknown fields are
 * skipped.
 */
public final class InstanceJson {

	private static final JsonFactory JSON = new JsonFactory();

	private InstanceJson() {
	}

	public static MatchingInstance read(InputStream in) {
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), in)) {
			return new InstanceReader(parser).instance();
		}
		catch (JacksonIOException failure) {
			throw new UncheckedIOException(failure.getCause());
		}
		catch (StreamReadException malformed) {
			TokenStreamLocation at = malformed.getLocation();
			throw new InvalidInstanceException("engine.json.malformed", at == null ? 0 : at.getLineNr(),
					at == null ? 0 : at.getColumnNr());
		}
	}

	public static void write(MatchingResult result, OutputStream out) {
		try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
			json.writeStartObject();
			json.writeNumberProperty("objective", result.objective());
			json.writeName("pairs");
			json.writeStartArray();
			for (Pair pair : result.pairs()) {
				json.writeStartObject();
				json.writeStringProperty("participant", pair.participant());
				json.writeStringProperty("buddy", pair.buddy());
				json.writeNumberProperty("cost", pair.cost());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeName("unmatched");
			json.writeStartArray();
			for (String participant : result.unmatched()) {
				json.writeString(participant);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		catch (JacksonIOException failure) {
			throw new UncheckedIOException(failure.getCause());
		}
	}

	/** Reads one instance from a parser placed before its first token. */
	private static final class InstanceReader {

		private final JsonParser parser;

		InstanceReader(JsonParser parser) {
			this.parser = parser;
		}

		MatchingInstance instance() {
			parser.nextToken();
			Map<String, List<?>> lists = new HashMap<>();
			fields("instance", name -> {
				switch (name) {
					case "participants" -> lists.put(name, list(name, this::participant));
					case "buddies" -> lists.put(name, list(name, this::buddy));
					case "pairs" -> lists.put(name, list(name, this::pair));
					default -> parser.skipChildren();
				}
			});
			if (parser.nextToken() != null) {
				throw new StreamReadException(parser, "content after the instance");
			}
			return new MatchingInstance(present("participants", lists), present("buddies", lists),
					present("pairs", lists));
		}

		private Participant participant(String path) {
			Values values = values(path);
			return new Participant(values.text("id"), values.number("unmatchedPenalty", MatchingInstance.MAX_COST));
		}

		private Buddy buddy(String path) {
			Values values = values(path);
			return new Buddy(values.text("id"), (int) values.number("capacity", Integer.MAX_VALUE));
		}

		private Pair pair(String path) {
			Values values = values(path);
			return new Pair(values.text("participant"), values.text("buddy"),
					values.number("cost", MatchingInstance.MAX_COST));
		}

		private <T> List<T> list(String path, Function<String, T> element) {
			if (parser.currentToken() != JsonToken.START_ARRAY) {
				throw new InvalidInstanceException("engine.field.notList", path);
			}
			List<T> list = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				list.add(element.apply(path + "[" + list.size() + "]"));
			}
			return list;
		}

		/** The scalar fields of an object; what a field holds is judged only when it is asked for. */
		private Values values(String path) {
			Values values = new Values(path);
			fields(path, name -> values.add(name, scalar()));
			return values;
		}

		/** Walks the object at the current token; {@code field} reads or skips each field's value. */
		private void fields(String path, Consumer<String> field) {
			if (parser.currentToken() != JsonToken.START_OBJECT) {
				throw new InvalidInstanceException("engine.field.notObject", path);
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				field.accept(name);
			}
		}

		/** A string, a Long, or a {@link Kind} for what is neither; null stands for JSON null. */
		private Object scalar() {
			JsonToken token = parser.currentToken();
			if (token == JsonToken.VALUE_STRING) {
				return parser.getString();
			}
			if (token == JsonToken.VALUE_NUMBER_INT) {
				return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? Kind.HUGE : parser.getLongValue();
			}
			if (token == JsonToken.VALUE_NULL) {
				return Kind.NULL;
			}
			parser.skipChildren();
			return Kind.OTHER;
		}

		private static <T> List<T> present(String name, Map<String, List<?>> lists) {
			if (!lists.containsKey(name)) {
				throw new InvalidInstanceException("engine.field.missing", name);
			}
			@SuppressWarnings("unchecked")
			List<T> list = (List<T>) lists.get(name);
			return list;
		}
	}

	/** What a field held that is neither text nor a whole number that fits in a long. */
	private enum Kind {
		NULL, HUGE, OTHER
	}

	/** The fields of one object, by name, judged when asked for. */
	private static final class Values {

		private final String path;

		private final Map<String, Object> values = new HashMap<>(4);

		Values(String path) {
			this.path = path;
		}

		void add(String name, Object value) {
			values.put(name, value);
		}

		String text(String name) {
			Object value = present(name);
			if (!(value instanceof String text)) {
				throw new InvalidInstanceException("engine.field.notText", path + "." + name);
			}
			return text;
		}

		/**
		 * A whole number up to {@code max}. A negative one is let through down to {@code -max - 1}, for the engine
		 * to refuse by the participant's or buddy's id.
		 */
		long number(String name, long max) {
			Object value = present(name);
			if (value == Kind.HUGE || value instanceof Long whole && (whole > max || whole < -max - 1)) {
				throw new InvalidInstanceException("engine.field.outOfRange", path + "." + name, 0, max);
			}
			if (!(value instanceof Long number)) {
				throw new InvalidInstanceException("engine.field.notWholeNumber", path + "." + name);
			}
			return number;
		}

		private Object present(String name) {
			Object value = values.get(name);
			if (value == null || value == Kind.NULL) {
				throw new InvalidInstanceException("engine.field.missing", path + "." + name);
			}
			return value;
		}
	}
}
