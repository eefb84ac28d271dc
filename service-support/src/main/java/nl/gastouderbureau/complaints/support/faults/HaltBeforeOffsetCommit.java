package nl.gastouderbureau.complaints.support.faults;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerPostProcessor;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Wraps each Kafka consumer so the JVM halts inside the commit of the Nth handled record, before
 * the broker hears of it. The listener container commits a record's offset only after the
 * listener returned, so everything the listener did for that record has happened.
 * <p>
 * A commit counts as a record's when it moves a partition to just past a record that a poll
 * handed out; the commit of a starting position on assignment does not count.
 */
final class HaltBeforeOffsetCommit implements ConsumerPostProcessor<Object, Object> {

    private final Halt halt;

    HaltBeforeOffsetCommit(int at) {
        this(new Halt("halt-before-offset-commit", at));
    }

    HaltBeforeOffsetCommit(Halt halt) {
        this.halt = halt;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Consumer<Object, Object> apply(Consumer<Object, Object> consumer) {
        return (Consumer<Object, Object>) Proxy.newProxyInstance(Consumer.class.getClassLoader(),
                new Class<?>[] {Consumer.class}, new Handler(consumer));
    }

    private final class Handler implements InvocationHandler {

        private final Consumer<Object, Object> consumer;
        /** "topic-partition@offset" just past each record handed out and not committed yet. */
        private final Set<String> handedOut = new HashSet<>();

        Handler(Consumer<Object, Object> consumer) {
            this.consumer = consumer;
        }

        @Override
        public synchronized Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().startsWith("commit") && args != null && args.length > 0 && args[0] instanceof Map<?, ?> offsets) {
                offsets.forEach((partition, offset) -> {
                    String position = partition + "@" + ((OffsetAndMetadata) offset).offset();
                    if (handedOut.remove(position)) {
                        halt.pass("commit of " + position);
                    }
                });
            }
            Object result = call(method, args);
            if (result instanceof ConsumerRecords<?, ?> records) {
                for (ConsumerRecord<?, ?> record : records) {
                    handedOut.add(new TopicPartition(record.topic(), record.partition()) + "@" + (record.offset() + 1));
                }
            }
            return result;
        }

        private Object call(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(consumer, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
