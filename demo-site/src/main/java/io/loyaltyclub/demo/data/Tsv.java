package io.loyaltyclub.demo.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated UTF-8 file with a header line, as the demo's catalogue files are written.
 */
final class Tsv {

    private Tsv() {
    }

    /** The rows of {@code resource}, each a map from column name to value. */
    static List<Map<String, String>> read(String resource) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing demo data file " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                return Collections.emptyList();
            }
            List<String> columns = Arrays.asList(header.split("\t", -1));
            List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.trim().isEmpty()) {
                    continue;
                }
                String[] values = line.split("\t", -1);
                if (values.length != columns.size()) {
                    throw new IllegalStateException(resource + " line " + number + " has " + values.length
                            + " fields instead of " + columns.size());
                }
                Map<String, String> row = new LinkedHashMap<String, String>();
                for (int i = 0; i < values.length; i++) {
                    row.put(columns.get(i), values[i].trim());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
