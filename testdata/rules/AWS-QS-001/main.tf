# AWS-QS-001: an Athena data source needs a workgroup, a Glue catalog and a data set.
locals {
  work_group = terraform_data.wg.output
}

resource "terraform_data" "wg" {
  input = "analytics"
}

resource "aws_athena_workgroup" "analytics" {
  name = "analytics"
}

resource "aws_glue_catalog_database" "events" {
  name = "events"
}

resource "aws_quicksight_data_source" "pass_wired" {
  data_source_id = "pass-wired"
  name           = "pass-wired"
  type           = "ATHENA"
  parameters {
    athena {
      work_group = aws_athena_workgroup.analytics.name
    }
  }
}

resource "aws_quicksight_data_set" "events" {
  data_set_id = "events"
  name        = "events"
  import_mode = "DIRECT_QUERY"
  physical_table_map {
    physical_table_map_id = "events"
    relational_table {
      data_source_arn = aws_quicksight_data_source.pass_wired.arn
      catalog         = "AwsDataCatalog"
      schema          = "events"
      name            = "clicks"
      input_columns {
        name = "id"
        type = "STRING"
      }
    }
  }
}

resource "aws_quicksight_data_source" "fail_unwired" {
  data_source_id = "fail-unwired"
  name           = "fail-unwired"
  type           = "ATHENA"
  parameters {
    athena {
      work_group = "reporting"
    }
  }
}

resource "aws_quicksight_data_source" "unknown_work_group" {
  data_source_id = "unknown-work-group"
  name           = "unknown-work-group"
  type           = "ATHENA"
  parameters {
    athena {
      work_group = local.work_group
    }
  }
}

resource "aws_quicksight_data_set" "unknown" {
  data_set_id = "unknown"
  name        = "unknown"
  import_mode = "DIRECT_QUERY"
  physical_table_map {
    physical_table_map_id = "unknown"
    relational_table {
      data_source_arn = aws_quicksight_data_source.unknown_work_group.arn
      catalog         = "AwsDataCatalog"
      schema          = "events"
      name            = "clicks"
      input_columns {
        name = "id"
        type = "STRING"
      }
    }
  }
}
