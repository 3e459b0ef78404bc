package org.buddywerk.matching.engine.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.buddywerk.matching.engine.InvalidInstanceException;
import org.buddywerk.matching.engine.MatchingInstance;
import org.buddywerk.matching.engine.MatchingInstance.Buddy;
import org.buddywerk.matching.engine.MatchingInstance.Pair;
import org.buddywerk.matching.engine.MatchingInstance.Participant;
import org.buddywerk.matching.engine.MatchingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON of the command line and the REST API: read strictly, with the field named in each refusal. */
class InstanceJsonTest {

	static final String INSTANCE = """
			{"participants":[{"id":"p1","unmatchedPenalty":21200},{"id":"p2","unmatchedPenalty":0}],
			 "buddies":[{"id":"b1","capacity":2}],
			 "note":{"skipped":[1,2,{"a":null}]},
			 "pairs":[{"participant":"p1","buddy":"b1","cost":1234,"why":"near"}]}
			""";

	@Test
	void anInstanceIsReadWithUnknownFieldsSkipped() {
		assertThat(read(INSTANCE)).isEqualTo(new MatchingInstance(
				List.of(new Participant("p1", 21_200), new Participant("p2", 0)), List.of(new Buddy("b1", 2)),
				List.of(new Pair("p1", "b1", 1234))));
	}

	@Test
	void aResultIsWrittenInTheDocumentedShape() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InstanceJson.write(new MatchingResult(1234, List.of(new Pair("p1", "b1", 1234)), List.of("p7")), out);

		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
				"{\"objective\":1234,\"pairs\":[{\"participant\":\"p1\",\"buddy\":\"b1\",\"cost\":1234}],\"unmatched\":[\"p7\"]}");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			not JSON at all            | {"participants":[}                                             | engine.json.malformed        | The instance is not valid JSON (line 1, column 18).
			something after it         | {"participants":[],"buddies":[],"pairs":[]} []                  | engine.json.malformed        | The instance is not valid JSON (line 1, column 46).
			empty                      | ''                                                              | engine.field.notObject       | instance must be an object.
			a list, not an object      | []                                                              | engine.field.notObject       | instance must be an object.
			no pairs                   | {"participants":[],"buddies":[]}                                | engine.field.missing         | pairs is missing.
			pairs not a list           | {"participants":[],"buddies":[],"pairs":{}}                     | engine.field.notList         | pairs must be a list.
			a pair not an object       | {"participants":[],"buddies":[],"pairs":[7]}                    | engine.field.notObject       | pairs[0] must be an object.
			a cost with a fraction     | {"participants":[],"buddies":[],"pairs":[{"participant":"p","buddy":"b","cost":1.5}]} | engine.field.notWholeNumber | pairs[0].cost must be a whole number.
			a cost as text             | {"participants":[],"buddies":[],"pairs":[{"participant":"p","buddy":"b","cost":"12"}]} | engine.field.notWholeNumber | pairs[0].cost must be a whole number.
			a huge cost                | {"participants":[],"buddies":[],"pairs":[{"participant":"p","buddy":"b","cost":99999999999999999999}]} | engine.field.outOfRange | pairs[0].cost must be a whole number from 0 to 1000000000.
			a capacity beyond an int   | {"participants":[],"buddies":[{"id":"b","capacity":3000000000}],"pairs":[]} | engine.field.outOfRange | buddies[0].capacity must be a whole number from 0 to 2147483647.
			a number as id             | {"participants":[{"id":7,"unmatchedPenalty":1}],"buddies":[],"pairs":[]} | engine.field.notText | participants[0].id must be text.
			a null penalty             | {"participants":[{"id":"p","unmatchedPenalty":null}],"buddies":[],"pairs":[]} | engine.field.missing | participants[0].unmatchedPenalty is missing.
			no capacity                | {"participants":[],"buddies":[{"id":"b"}],"pairs":[]}          | engine.field.missing         | buddies[0].capacity is missing.
			""")
	void aBadInstanceIsRefusedNamingTheField(String what, String json, String key, String english) {
		assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InvalidInstanceException.class, refused -> {
			assertThat(refused.key()).isEqualTo(key);
			assertThat(refused.getMessage()).isEqualTo(english);
		});
	}

	@Test
	void negativeNumbersAreLeftForTheEngineToRefuseByName() {
		MatchingInstance instance = read("""
				{"participants":[{"id":"p","unmatchedPenalty":-3}],"buddies":[{"id":"b","capacity":-1}],
				 "pairs":[{"participant":"p","buddy":"b","cost":-2}]}""");
		assertThat(instance.participants().get(0).unmatchedPenalty()).isEqualTo(-3);
		assertThat(instance.buddies().get(0).capacity()).isEqualTo(-1);
		assertThat(instance.pairs().get(0).cost()).isEqualTo(-2);
	}

	private static MatchingInstance read(String json) {
		return InstanceJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}
}
