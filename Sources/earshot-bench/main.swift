print("earshot-bench")
