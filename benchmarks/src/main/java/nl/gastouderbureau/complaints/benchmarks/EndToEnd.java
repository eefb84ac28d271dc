package nl.gastouderbureau.complaints.benchmarks;

import nl.gastouderbureau.complaints.infra.MailCatcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submission to acknowledgement: ideas with an email address at a fixed rate, each timed from the
 * moment it was due to be sent until the SMTP server held its acknowledgement. The SMTP catcher
 * writes every message it accepts as {@code yyyyMMdd-HHmmss-SSS-<id>.eml} (UTC) in its mail
 * directory, and each subject starts with the case reference in brackets: that pairs a mail with
 * its submission without asking the services anything.
 * <p>
 * Each latency is also split at intake's answer (202 once Kafka acknowledged) and at the case's
 * opening on {@code cases.events.v1} ({@link CaseOpenings}), and the p99 is given per window of due
 * time, so that a tail shows whether it is the front door, case-service or notification-service,
 * and whether it is spread over the run or comes in bursts.
 */
final class EndToEnd {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern REFERENCE = Pattern.compile("\\[([A-Z]{2}-\\d{4}-\\d+)]");

    static final Duration WINDOW = Duration.ofSeconds(10);

    /**
     * @param untilAnswer from due to intake's 202
     * @param afterAnswer from intake's 202 to the SMTP server holding the acknowledgement
     * @param untilOpened from intake's 202 to the case's opening on the case topic (case-service)
     * @param afterOpened from the case's opening on the case topic to the SMTP server (notification-service)
     * @param windows     end-to-end latency by window of due time ({@link #WINDOW}), in order
     */
    record Result(Load.Outcome submitted, Latency endToEnd, Latency untilAnswer, Latency afterAnswer,
                  Latency untilOpened, Latency afterOpened, List<Latency> windows, long acknowledged) {
    }

    /** When a submission was due to be sent and when intake answered it, in epoch milliseconds. */
    private record Sent(long dueMillis, long answeredMillis) {
    }

    private final IntakeClient intake;
    private final Path mailDir;
    private final String kafka;

    EndToEnd(IntakeClient intake, Path mailDir, String kafka) {
        this.intake = intake;
        this.mailDir = mailDir;
        this.kafka = kafka;
    }

    Result run(int perSecond, Duration duration, Duration settle) throws InterruptedException {
        try (CaseOpenings openings = new CaseOpenings(kafka)) {
            return run(perSecond, duration, settle, openings);
        }
    }

    private Result run(int perSecond, Duration duration, Duration settle, CaseOpenings openings) throws InterruptedException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<String, Sent> sent = new ConcurrentHashMap<>();
        long startMillis = System.currentTimeMillis();
        Load.Outcome submitted = Load.openLoop(perSecond, duration, i -> {
            long due = startMillis + (long) (i * 1000.0 / perSecond);
            CompletableFuture<IntakeClient.Accepted> accepted = intake.submitAsync("e2e-" + run + "-" + i + "@example.org");
            return accepted.thenApply(a -> {
                if (a != null) {
                    sent.put(a.reference(), new Sent(due, System.currentTimeMillis()));
                }
                return a != null;
            });
        });
        Latency endToEnd = new Latency();
        Latency untilAnswer = new Latency();
        Latency afterAnswer = new Latency();
        Latency untilOpened = new Latency();
        Latency afterOpened = new Latency();
        Map<Long, Latency> windows = new TreeMap<>();
        Set<String> found = new HashSet<>();
        Set<Path> read = new HashSet<>();
        String notBefore = FILE_TIME.format(LocalDateTime.ofInstant(Instant.ofEpochMilli(startMillis - 1000), ZoneOffset.UTC));
        long deadline = System.nanoTime() + settle.toNanos();
        while (found.size() < sent.size() && System.nanoTime() < deadline) {
            for (Path file : newMailFiles(notBefore, read)) {
                String reference = referenceIn(file);
                if (reference == null) {
                    // Most likely still being written: the catcher does not write atomically. Read it again next round.
                    continue;
                }
                read.add(file);
                Sent submission = sent.get(reference);
                if (submission != null && found.add(reference)) {
                    long mailedMillis = receivedAtMillis(file);
                    long endToEndNanos = (mailedMillis - submission.dueMillis()) * 1_000_000;
                    endToEnd.recordNanos(endToEndNanos);
                    untilAnswer.recordNanos((submission.answeredMillis() - submission.dueMillis()) * 1_000_000);
                    afterAnswer.recordNanos((mailedMillis - submission.answeredMillis()) * 1_000_000);
                    // The mail follows the opening, so the opening has been read by now unless the reader lags.
                    Long openedMillis = openings.openedAtMillis(reference);
                    if (openedMillis != null) {
                        untilOpened.recordNanos((openedMillis - submission.answeredMillis()) * 1_000_000);
                        afterOpened.recordNanos((mailedMillis - openedMillis) * 1_000_000);
                    }
                    windows.computeIfAbsent((submission.dueMillis() - startMillis) / WINDOW.toMillis(), window -> new Latency())
                            .recordNanos(endToEndNanos);
                }
            }
            if (found.size() < sent.size()) {
                Thread.sleep(500);
            }
        }
        return new Result(submitted, endToEnd, untilAnswer, afterAnswer, untilOpened, afterOpened, List.copyOf(windows.values()), found.size());
    }

    private Set<Path> newMailFiles(String notBefore, Set<Path> read) {
        Set<Path> files = new HashSet<>();
        if (!Files.isDirectory(mailDir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(mailDir, "*.eml")) {
            for (Path file : stream) {
                if (file.getFileName().toString().compareTo(notBefore) >= 0 && !read.contains(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            System.err.println("Could not list " + mailDir + ": " + e.getMessage());
        }
        return files;
    }

    private static String referenceIn(Path file) {
        try {
            String subject = MailCatcher.read(file).subject();
            Matcher matcher = subject == null ? null : REFERENCE.matcher(subject);
            return matcher != null && matcher.find() ? matcher.group(1) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long receivedAtMillis(Path file) {
        String stamp = file.getFileName().toString().substring(0, "yyyyMMdd-HHmmss-SSS".length());
        return LocalDateTime.parse(stamp, FILE_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
