package org.buddywerk.matching;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.buddywerk.matching.engine.InvalidInstanceException;
import org.buddywerk.matching.engine.MatchingEngine;
import org.buddywerk.matching.engine.MatchingInstance;
import org.buddywerk.matching.engine.MatchingResult;
import org.buddywerk.matching.engine.json.InstanceJson;

/**
 * {@code java -jar buddywerk.jar match --in instance.json --out result.json}: solves an instance file without
 * starting the application (no Spring, no database). It lives in the module's root package because the
 * application's main method hands it the command line. Success prints a summary line and exits 0; anything
 * wrong (arguments, files, the instance) prints one line on standard error and exits 2.
 */
public final class MatchCommand {

	public static final String NAME = "match";

	static final int OK = 0;

	static final int FAILED = 2;

	private static final String USAGE = "usage: java -jar buddywerk.jar match --in instance.json --out result.json";

	private MatchCommand() {
	}

	/** Whether these command-line arguments ask for this command rather than for the application. */
	public static boolean isAskedFor(String[] args) {
		return args.length > 0 && NAME.equals(args[0]);
	}

	/** Runs with the arguments after {@value #NAME}; answers the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		try {
			Map<String, Path> files = files(args);
			Path input = files.get("--in");
			Path output = files.get("--out");
			MatchingResult result;
			long started = System.nanoTime();
			try {
				result = MatchingEngine.solve(read(input));
			}
			catch (InvalidInstanceException invalid) {
				throw new Failure(input + " is not a valid instance: " + invalid.getMessage());
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			write(result, output);
			out.printf("objective %d: %d pairs, %d unmatched, read and solved in %d ms; written to %s%n",
					result.objective(), result.pairs().size(), result.unmatched().size(), millis, output);
			return OK;
		}
		catch (Failure failure) {
			err.println(NAME + ": " + failure.getMessage());
			return FAILED;
		}
	}

	private static Map<String, Path> files(String[] args) throws Failure {
		Map<String, Path> files = new HashMap<>();
		for (int k = 0; k < args.length; k += 2) {
			if (!args[k].equals("--in") && !args[k].equals("--out")) {
				throw new Failure("unknown argument " + args[k] + " (" + USAGE + ")");
			}
			if (k + 1 == args.length) {
				throw new Failure("a file name is missing after " + args[k] + " (" + USAGE + ")");
			}
			files.put(args[k], Path.of(args[k + 1]));
		}
		if (!files.containsKey("--in") || !files.containsKey("--out")) {
			throw new Failure("--in and --out are both needed (" + USAGE + ")");
		}
		return files;
	}

	private static MatchingInstance read(Path file) throws Failure {
		try (InputStream in = Files.newInputStream(file)) {
			return InstanceJson.read(in);
		}
		catch (NoSuchFileException missing) {
			throw new Failure("no such file: " + file);
		}
		catch (IOException | UncheckedIOException failure) {
			throw new Failure("cannot read " + file + ": " + failure.getMessage());
		}
	}

	private static void write(MatchingResult result, Path file) throws Failure {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			InstanceJson.write(result, out);
		}
		catch (IOException | UncheckedIOException failure) {
			throw new Failure("cannot write " + file + ": " + failure.getMessage());
		}
	}

	/** Why the command stops, in one line. */
	private static final class Failure extends Exception {

		Failure(String message) {
			super(message, null, false, false);
		}
	}
}
