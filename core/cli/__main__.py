from core.cli.main import main

main(prog_name="renewals")
