package io.kinesisharness.internal.firehose.conversion.orc;

import io.kinesisharness.internal.firehose.conversion.OrcWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hive.common.type.HiveDecimal;
import org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DecimalColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DoubleColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.ListColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.LongColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.MapColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.StructColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.TimestampColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.VectorizedRowBatch;
import org.apache.orc.CompressionKind;
import org.apache.orc.OrcConf;
import org.apache.orc.OrcFile;
import org.apache.orc.TypeDescription;
import org.apache.orc.Writer;
import org.apache.orc.impl.PhysicalFsWriter;
import org.apache.orc.impl.writer.WriterEncryptionVariant;

/**
 * ORC objects with orc-core: the table's Hive types as an ORC struct, rows into vectorised batches, written to
 * memory through orc-core's physical writer over a stream.
 * Loaded by {@code OrcSupport}: directly when orc-core is on the class path, else from the standalone jar's bundle.
 */
public final class OrcFiles implements OrcWriter {

    @Override
    public byte[] write(List<String> names, List<String> hiveTypes, List<List<Object>> rows, Options options) {
        StringBuilder struct = new StringBuilder("struct<");
        for (int i = 0; i < names.size(); i++) {
            struct.append(i == 0 ? "" : ",").append('`').append(names.get(i)).append("`:").append(hiveTypes.get(i));
        }
        TypeDescription schema = TypeDescription.fromString(struct.append('>').toString());
        Configuration conf = new Configuration(false);
        conf.setClassLoader(OrcFiles.class.getClassLoader());
        OrcConf.DICTIONARY_KEY_SIZE_THRESHOLD.setDouble(conf, options.dictionaryKeyThreshold());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(OrcFiles.class.getClassLoader());
        try {
            // Written to memory through orc-core's own physical writer over a stream: a Hadoop file system would
            // shell out to chmod (absent from minimal images) and look a Hadoop user up.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            LocalFileSystem fs = new LocalFileSystem();
            fs.initialize(URI.create("file:///"), conf);
            OrcFile.WriterOptions writerOptions = OrcFile.writerOptions(conf).fileSystem(fs).setSchema(schema)
                    .compress(CompressionKind.valueOf(options.compression()))
                    .stripeSize(options.stripeSizeBytes()).blockSize(options.blockSizeBytes())
                    .rowIndexStride(options.rowIndexStride()).blockPadding(options.padding())
                    .paddingTolerance(options.paddingTolerance()).bloomFilterFpp(options.bloomFilterFpp())
                    .useUTCTimestamp(true)
                    .version("V0_11".equals(options.formatVersion()) ? OrcFile.Version.V_0_11 : OrcFile.Version.V_0_12);
            if (!options.bloomFilterColumns().isEmpty()) {
                writerOptions.bloomFilterColumns(options.bloomFilterColumns());
            }
            writerOptions.physicalWriter(new PhysicalFsWriter(new FSDataOutputStream(bytes, null), writerOptions,
                    new WriterEncryptionVariant[0]));
            try (Writer writer = OrcFile.createWriter(new Path("memory:/object.orc"), writerOptions)) {
                VectorizedRowBatch batch = schema.createRowBatch();
                List<TypeDescription> columns = schema.getChildren();
                for (List<Object> row : rows) {
                    int r = batch.size++;
                    for (int c = 0; c < columns.size(); c++) {
                        set(batch.cols[c], columns.get(c), r, row.get(c));
                    }
                    if (batch.size == batch.getMaxSize()) {
                        writer.addRowBatch(batch);
                        batch.reset();
                    }
                }
                if (batch.size > 0) {
                    writer.addRowBatch(batch);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @SuppressWarnings("unchecked")
    private static void set(ColumnVector v, TypeDescription type, int r, Object value) {
        if (value == null) {
            v.noNulls = false;
            v.isNull[r] = true;
            return;
        }
        v.isNull[r] = false;
        switch (type.getCategory()) {
            case BOOLEAN -> ((LongColumnVector) v).vector[r] = (Boolean) value ? 1 : 0;
            case BYTE, SHORT, INT -> ((LongColumnVector) v).vector[r] = (Integer) value;
            case LONG -> ((LongColumnVector) v).vector[r] = (Long) value;
            case FLOAT -> ((DoubleColumnVector) v).vector[r] = (Float) value;
            case DOUBLE -> ((DoubleColumnVector) v).vector[r] = (Double) value;
            case STRING, VARCHAR, CHAR -> ((BytesColumnVector) v).setVal(r,
                    ((String) value).getBytes(StandardCharsets.UTF_8));
            case BINARY -> ((BytesColumnVector) v).setVal(r, (byte[]) value);
            case DECIMAL -> ((DecimalColumnVector) v).set(r, HiveDecimal.create((BigDecimal) value));
            case DATE -> ((LongColumnVector) v).vector[r] = ((LocalDate) value).toEpochDay();
            case TIMESTAMP -> ((TimestampColumnVector) v).set(r, Timestamp.from((Instant) value));
            case LIST -> {
                ListColumnVector list = (ListColumnVector) v;
                List<Object> items = (List<Object>) value;
                int offset = list.childCount;
                list.offsets[r] = offset;
                list.lengths[r] = items.size();
                list.childCount += items.size();
                list.child.ensureSize(list.childCount, true);
                for (int i = 0; i < items.size(); i++) {
                    set(list.child, type.getChildren().get(0), offset + i, items.get(i));
                }
            }
            case MAP -> {
                MapColumnVector map = (MapColumnVector) v;
                Map<Object, Object> entries = (Map<Object, Object>) value;
                int offset = map.childCount;
                map.offsets[r] = offset;
                map.lengths[r] = entries.size();
                map.childCount += entries.size();
                map.keys.ensureSize(map.childCount, true);
                map.values.ensureSize(map.childCount, true);
                int i = offset;
                for (Map.Entry<Object, Object> e : entries.entrySet()) {
                    set(map.keys, type.getChildren().get(0), i, e.getKey());
                    set(map.values, type.getChildren().get(1), i, e.getValue());
                    i++;
                }
            }
            case STRUCT -> {
                StructColumnVector struct = (StructColumnVector) v;
                List<Object> fields = (List<Object>) value;
                for (int i = 0; i < fields.size(); i++) {
                    set(struct.fields[i], type.getChildren().get(i), r, fields.get(i));
                }
            }
            default -> throw new IllegalStateException("ORC type " + type);
        }
    }
}
