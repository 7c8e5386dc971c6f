package io.kinesisharness.internal.analytics.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * A pump's query rewritten before Calcite validates it, for what KDA leaves implicit: {@code *} is a stream's own
 * columns, an unqualified ROWTIME in a select list is the produced row's, and a window orders by ROWTIME without
 * saying so.
 */
final class QueryRewrites {

    private QueryRewrites() {
    }

    /**
     * KDA's implicit columns: {@code *} stands for a stream's own columns (not ROWTIME nor the arrival time), and an
     * unqualified ROWTIME in a select list is the ROWTIME of the row being produced.
     */
    static SqlNode rewrite(SqlNode query, StreamCatalog catalog) {
        if (query instanceof SqlSelect select) {
            if (select.getFrom() != null) {
                select.setFrom(rewriteFrom(select.getFrom(), catalog));
            }
            expandStars(select, catalog);
            orderWindowsByRowtime(select);
            {
                // An unqualified ROWTIME in a select list is the produced row's (a window's end, a join's later
                // row's): the same as the input row's where one row makes one row.
                SqlNodeList list = select.getSelectList();
                SqlNodeList replaced = new SqlNodeList(list.getParserPosition());
                for (SqlNode item : list) {
                    replaced.add(item.accept(new SqlShuttle() {
                        @Override
                        public SqlNode visit(SqlIdentifier id) {
                            if (id.isSimple() && id.getSimple().equals(StreamCatalog.ROWTIME)) {
                                return new SqlBasicCall(KdaOperators.OUTPUT_ROWTIME, List.of(),
                                        id.getParserPosition());
                            }
                            return id;
                        }
                    }));
                }
                select.setSelectList(replaced);
            }
            return select;
        }
        if (query instanceof SqlBasicCall call && (call.getKind() == SqlKind.UNION)) {
            for (int i = 0; i < call.operandCount(); i++) {
                call.setOperand(i, rewrite(call.operand(i), catalog));
            }
        }
        if (query instanceof org.apache.calcite.sql.SqlOrderBy orderBy) {
            // SELECT STREAM * … ORDER BY …: the parser wraps the select; its stars and ROWTIMEs are the select's.
            return new org.apache.calcite.sql.SqlOrderBy(orderBy.getParserPosition(),
                    rewrite(orderBy.query, catalog), orderBy.orderList, orderBy.offset, orderBy.fetch);
        }
        return query;
    }

    /**
     * KDA's windows order by ROWTIME without saying so ({@code RANGE INTERVAL '1' MINUTE PRECEDING}); Calcite wants the
     * order written, so a window without ORDER BY gets the stream's ROWTIME (qualified by the FROM's only stream).
     */
    static void orderWindowsByRowtime(SqlSelect select) {
        SqlNode from = select.getFrom();
        String alias = null;
        if (from instanceof SqlIdentifier id) {
            alias = id.names.get(id.names.size() - 1);
        } else if (from instanceof SqlBasicCall call && call.getKind() == SqlKind.AS) {
            alias = ((SqlIdentifier) call.operand(1)).getSimple();
        }
        String qualifier = alias;
        List<org.apache.calcite.sql.SqlWindow> windows = new ArrayList<>();
        for (SqlNode w : select.getWindowList()) {
            windows.add((org.apache.calcite.sql.SqlWindow) w);
        }
        select.getSelectList().accept(new SqlShuttle() {
            @Override
            public SqlNode visit(SqlCall call) {
                if (call.getKind() == SqlKind.OVER && call.operand(1) instanceof org.apache.calcite.sql.SqlWindow w) {
                    windows.add(w);
                }
                return super.visit(call);
            }
        });
        for (org.apache.calcite.sql.SqlWindow w : windows) {
            if (w.getOrderList().isEmpty() && w.getRefName() == null) {
                SqlParserPos pos = w.getParserPosition();
                SqlIdentifier rowtime = qualifier == null ? new SqlIdentifier(StreamCatalog.ROWTIME, pos)
                        : new SqlIdentifier(List.of(qualifier, StreamCatalog.ROWTIME), pos);
                w.setOrderList(new SqlNodeList(List.of(rowtime), pos));
            }
        }
    }

    static List<String> ownColumns(StreamCatalog catalog, SqlIdentifier id) {
        String name = id.names.get(id.names.size() - 1);
        StreamCatalog.StreamDef stream = catalog.find(name);
        if (stream != null) {
            return stream.columns();
        }
        StreamCatalog.TableDef table = catalog.table(name);
        return table == null ? null : table.columns();
    }

    static SqlNode rewriteFrom(SqlNode from, StreamCatalog catalog) {
        if (from instanceof SqlSelect) {
            return rewrite(from, catalog);
        }
        if (from instanceof SqlBasicCall call && call.getKind() == SqlKind.AS) {
            call.setOperand(0, rewriteFrom(call.operand(0), catalog));
        } else if (from instanceof SqlBasicCall table && table.getKind() == SqlKind.COLLECTION_TABLE
                && table.operand(0) instanceof SqlBasicCall function) {
            // TABLE(FN(CURSOR(SELECT STREAM …), …)): the cursor's query is rewritten as any query is.
            for (int i = 0; i < function.operandCount(); i++) {
                if (function.operand(i) instanceof SqlBasicCall cursor && cursor.getKind() == SqlKind.CURSOR) {
                    cursor.setOperand(0, rewrite(cursor.operand(0), catalog));
                }
            }
        } else if (from instanceof SqlJoin join) {
            join.setLeft(rewriteFrom(join.getLeft(), catalog));
            join.setRight(rewriteFrom(join.getRight(), catalog));
        }
        return from;
    }

    static void expandStars(SqlSelect select, StreamCatalog catalog) {
        if (select.getFrom() == null) {
            return;
        }
        Map<String, List<String>> items = new LinkedHashMap<>();
        if (!fromItems(select.getFrom(), catalog, items)) {
            return;
        }
        SqlNodeList list = select.getSelectList();
        SqlNodeList out = new SqlNodeList(list.getParserPosition());
        boolean changed = false;
        for (SqlNode item : list) {
            if (item instanceof SqlIdentifier id && id.isStar()) {
                changed = true;
                String only = id.names.size() > 1 ? id.names.get(id.names.size() - 2) : null;
                for (Map.Entry<String, List<String>> e : items.entrySet()) {
                    if (only != null && !only.equals(e.getKey())) {
                        continue;
                    }
                    for (String c : e.getValue()) {
                        out.add(new SqlIdentifier(List.of(e.getKey(), c), id.getParserPosition()));
                    }
                }
            } else {
                out.add(item);
            }
        }
        if (changed) {
            select.setSelectList(out);
        }
    }

    /**
     * The columns {@code *} stands for, by the alias of each stream or reference table a FROM clause names; false
     * when it holds something else (a subquery).
     */
    static boolean fromItems(SqlNode from, StreamCatalog catalog, Map<String, List<String>> out) {
        if (from instanceof SqlIdentifier id) {
            List<String> columns = ownColumns(catalog, id);
            if (columns == null) {
                return false;
            }
            out.put(id.names.get(id.names.size() - 1), columns);
            return true;
        }
        if (from instanceof SqlBasicCall call && call.getKind() == SqlKind.AS
                && call.operand(0) instanceof SqlIdentifier id) {
            List<String> columns = ownColumns(catalog, id);
            if (columns == null) {
                return false;
            }
            out.put(((SqlIdentifier) call.operand(1)).getSimple(), columns);
            return true;
        }
        if (from instanceof SqlJoin join) {
            return fromItems(join.getLeft(), catalog, out) && fromItems(join.getRight(), catalog, out);
        }
        return false;
    }
}
