#!/usr/bin/env python3
"""Generates the request and response records of one AWS JSON service from its API model.

    tools/generate-api-shapes.py MODEL.json JAVA_PACKAGE OUT_DIR [Shape=JavaName | Shape~pattern=REGEX
                                                                 | Shape~enum=A,B,C | Shape:=a.b.Class
                                                                 | only=Op1,Op2 ...]

MODEL.json is the service's model as the AWS SDKs publish it (botocore's service-2.json). For every structure the
operations reach, it writes one Java record with the wire names spelled out (@JsonProperty) and a static
check(Validator, path, value) that applies the model's constraints in member order, worded as AWS's Coral layer
words them (required, length, pattern, range, enum, list and map sizes); an operation's input also implements
Validated. Pattern constants and enum value sets go to <Service>Shapes.java. Facts of the model only: the
documentation strings are not copied. Shape=JavaName renames a shape whose name clashes with Java (Record).
Shape~pattern=REGEX replaces a string shape's pattern (where the harness deliberately accepts more than AWS, and
checks AWS's rule itself when asked to); Shape~enum=A,B,C gives an enum's values in the order AWS's messages print
them, where that was observed to differ from the model's order. Shape:=a.b.Class uses a hand-written class for a
shape (DynamoDB's recursive AttributeValue): nothing is generated for it and its members are not checked here.
only=Op1,Op2 generates the shapes of those operations alone (a service implemented in part). inputs-only generates
the requests' shapes alone, for a service whose answers are built as JSON trees.
"""
import json
import os
import re
import sys

KEYWORDS = {"abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "record", "yield", "var"}


def main():
    model_path, package, out_dir = sys.argv[1:4]
    inputs_only = "inputs-only" in sys.argv[4:]
    args = [a for a in sys.argv[4:] if not a.startswith("only=") and ":=" not in a and a != "inputs-only"]
    renames = dict(a.split("=", 1) for a in args if "~" not in a.split("=", 1)[0])
    overrides = dict(a.split("=", 1) for a in args if "~" in a.split("=", 1)[0])
    external = dict(a.split(":=", 1) for a in sys.argv[4:] if ":=" in a)
    only = [a[5:].split(",") for a in sys.argv[4:] if a.startswith("only=")]
    only = set(only[0]) if only else None
    model = json.load(open(model_path))
    shapes = model["shapes"]
    service = re.sub(r"[^A-Za-z0-9]", "", model["metadata"]["serviceId"])
    inputs = {op["input"]["shape"] for n, op in model["operations"].items() if "input" in op}
    reachable = []
    seen = set()

    def walk(name):
        if name in seen or name in external:
            return
        seen.add(name)
        s = shapes[name]
        if s["type"] == "structure":
            reachable.append(name)
            for m in s.get("members", {}).values():
                walk(m["shape"])
        elif s["type"] == "list":
            walk(s["member"]["shape"])
        elif s["type"] == "map":
            walk(s["key"]["shape"])
            walk(s["value"]["shape"])

    for op_name, op in model["operations"].items():
        if only is not None and op_name not in only:
            continue
        for key in (("input",) if inputs_only else ("input", "output")):
            if key in op:
                walk(op[key]["shape"])

    def java_name(shape):
        return renames.get(shape, shape)

    def java_type(shape):
        if shape in external:
            return external[shape].rsplit(".", 1)[1]
        s = shapes[shape]
        t = s["type"]
        if t == "string":
            return "String"
        if t == "integer":
            return "Integer"
        if t == "long":
            return "Long"
        if t == "boolean":
            return "Boolean"
        if t == "double" or t == "float":
            return "Double"
        if t == "timestamp":
            return "Instant"
        if t == "blob":
            return "byte[]"
        if t == "list":
            return "List<" + java_type(s["member"]["shape"]) + ">"
        if t == "map":
            return "Map<" + java_type(s["key"]["shape"]) + ", " + java_type(s["value"]["shape"]) + ">"
        if t == "structure":
            return java_name(shape)
        raise ValueError(t)

    def field(member):
        f = member[0].lower() + member[1:]
        return f + "_" if f in KEYWORDS else f

    patterns = {}
    enums = {}

    def pattern_const(shape):
        name = const_name(shape) + "_PATTERN"
        patterns[name] = overrides.get(shape + "~pattern", shapes[shape]["pattern"])
        return service + "Shapes." + name

    def enum_const(shape):
        name = const_name(shape)
        order = overrides.get(shape + "~enum")
        enums[name] = order.split(",") if order else shapes[shape]["enum"]
        if sorted(enums[name]) != sorted(shapes[shape]["enum"]):
            raise ValueError(f"{shape}~enum must list exactly the model's values {shapes[shape]['enum']}")
        return service + "Shapes." + name

    def checks(member, shape, access, required):
        """Java statements checking one member; 'path' is the member's path expression."""
        if shape in external:
            return [f"v.notNull(p, {access});"] if required else []
        s = shapes[shape]
        t = s["type"]
        out = []
        if required:
            out.append(f"v.notNull(p, {access});")
        if t == "string":
            if "pattern" in s:
                out.append(f"v.pattern(p, {access}, {pattern_const(shape)});")
            if "min" in s or "max" in s:
                out.append(f"v.length(p, {access}, {s.get('min', 0)}, {s.get('max', 2147483647)});")
            if "enum" in s:
                out.append(f"v.oneOf(p, {access}, {enum_const(shape)});")
        elif t in ("integer", "long", "double", "float"):
            if "min" in s or "max" in s:
                lo = int(s.get("min", -9223372036854775808))
                hi = int(s.get("max", 9223372036854775807))
                out.append(f"v.range(p, {access}, {lo}L, {hi}L);")
        elif t == "blob":
            if "min" in s or "max" in s:
                out.append(f"v.length(p, {access}, {s.get('min', 0)}, {s.get('max', 2147483647)});")
        elif t == "list":
            if "min" in s or "max" in s:
                out.append(f"v.size(p, {access}, {s.get('min', 0)}, {s.get('max', 2147483647)});")
            element = shapes[s["member"]["shape"]]
            if s["member"]["shape"] in external:
                pass
            elif element["type"] == "structure":
                el = java_name(s["member"]["shape"])
                out.append(f"if ({access} != null) {{")
                out.append(f"    for (int i = 0; i < {access}.size(); i++) {{")
                out.append(f"        {el}.check(v, p + \".\" + (i + 1) + \".member\", {access}.get(i));")
                out.append("    }")
                out.append("}")
            elif element["type"] == "string" and ("min" in element or "max" in element):
                out.append(f"v.elementLengths(p, {access}, {element.get('min', 0)}, "
                           f"{element.get('max', 2147483647)});")
            if element["type"] == "string" and "enum" in element:
                out.append(f"v.elementsOneOf(p, {access}, {enum_const(s['member']['shape'])});")
        elif t == "map":
            if "min" in s or "max" in s:
                out.append(f"v.size(p, {access}, {s.get('min', 0)}, {s.get('max', 2147483647)});")
        elif t == "structure":
            out.append(f"{java_name(shape)}.check(v, p, {access});")
        return out

    os.makedirs(out_dir, exist_ok=True)
    header = ("// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.\n"
              f"package {package};\n\n")
    for name in reachable:
        s = shapes[name]
        members = s.get("members", {})
        required = set(s.get("required", []))
        jname = java_name(name)
        imports = {"com.fasterxml.jackson.annotation.JsonProperty", "io.kinesisharness.internal.dispatch.Validator"}
        comps = []
        body = []
        for m, mv in members.items():
            jt = java_type(mv["shape"])
            for ext_shape, fqcn in external.items():
                if re.search(r"\b" + fqcn.rsplit(".", 1)[1] + r"\b", jt) and fqcn.rsplit(".", 1)[0] != package:
                    imports.add(fqcn)
            if "List<" in jt:
                imports.add("java.util.List")
            if "Map<" in jt:
                imports.add("java.util.Map")
            if "Instant" in jt:
                imports.add("java.time.Instant")
            comps.append(f'        @JsonProperty("{m}") {jt} {field(m)}')
            stmts = checks(m, mv["shape"], f"value.{field(m)}()", m in required)
            if stmts:
                body.append(f'        p = path.isEmpty() ? "{field_path(m)}" : path + ".{field_path(m)}";')
                body.extend("        " + line for line in stmts)
        is_input = name in inputs
        if is_input:
            imports.add("io.kinesisharness.internal.dispatch.Validated")
        lines = [header]
        for imp in sorted(imports):
            lines.append(f"import {imp};\n")
        lines.append(f"\n/** AWS's {{@code {name}}} shape. */\n")
        impl = " implements Validated" if is_input else ""
        lines.append(f"public record {jname}(" + ("\n" + ",\n".join(comps) if comps else "") + ")" + impl + " {\n")
        if is_input:
            lines.append("\n    @Override\n    public void validate(Validator v) {\n        check(v, \"\", this);\n"
                         "    }\n")
        lines.append("\n    /** Applies the model's constraints to a value at a member path (\"\" for a request). */\n")
        lines.append(f"    public static void check(Validator v, String path, {jname} value) {{\n")
        if body:
            lines.append("        if (value == null) {\n            return;\n        }\n        String p;\n")
            lines.append("\n".join(body) + "\n")
        lines.append("    }\n}\n")
        with open(os.path.join(out_dir, jname + ".java"), "w") as f:
            f.write("".join(lines))
    # Shapes: pattern constants and enum sets, in name order.
    lines = [header, "import java.util.List;\nimport java.util.regex.Pattern;\n\n",
             f"/** Patterns and enum value sets of AWS's {service} model, as its Coral layer prints them. */\n",
             f"public final class {service}Shapes {{\n\n"]
    for n in sorted(patterns):
        lines.append(f"    public static final Pattern {n} = Pattern.compile({java_string(patterns[n])});\n")
    for n in sorted(enums):
        values = ", ".join(java_string(v) for v in enums[n])
        lines.append(f"    public static final List<String> {n} = List.of({values});\n")
    lines.append(f"\n    private {service}Shapes() {{\n    }}\n}}\n")
    with open(os.path.join(out_dir, service + "Shapes.java"), "w") as f:
        f.write("".join(lines))
    print(f"{len(reachable)} records, {len(patterns)} patterns, {len(enums)} enums")


def field_path(member):
    return member[0].lower() + member[1:]


def const_name(shape):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", shape).upper()


def java_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    main()
