import json
import pandas as pd


def load_table(dataset, name):
    """Load a casualty-claims table with the types its datapackage.json declares."""
    with open(f"{dataset}/datapackage.json", encoding="utf-8") as f:
        package = json.load(f)
    resource = next(r for r in package["resources"] if r["name"] == name)
    fields = resource["schema"]["fields"]
    dates = [f["name"] for f in fields if f["type"] == "date"]
    dtype = {
        f["name"]: "Int64" if f["type"] == "integer"
        else "category" if "enum" in f.get("constraints", {})
        else "string"
        for f in fields if f["type"] != "date"
    }
    missing = {f["name"]: [""] for f in fields if not f.get("constraints", {}).get("required")}
    return pd.read_csv(f"{dataset}/{resource['path']}", dtype=dtype, parse_dates=dates,
                       keep_default_na=False, na_values=missing, encoding="utf-8")


# claims = load_table("out/sample", "claims"); documents = load_table("out/sample", "documents")
