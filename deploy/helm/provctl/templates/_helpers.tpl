{{- define "provctl.labels" -}}
app.kubernetes.io/name: provctl-operator
app.kubernetes.io/part-of: provctl
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
{{- define "provctl.selector" -}}
app.kubernetes.io/name: provctl-operator
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}
