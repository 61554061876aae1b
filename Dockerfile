# FormHub server image.
#   docker build -t formhub .
#   docker run -p 8080:8080 -v formhub-data:/data formhub          # SQLite in /data
#   docker compose up                                               # with PostgreSQL, see docker-compose.yml
#
# The runtime stage is Debian 12 with the ASP.NET Core runtime copied from Microsoft's image: the .NET 10 images
# (mcr.microsoft.com/dotnet/aspnet:10.0) are Ubuntu 24.04, where `apt-get install chromium` only offers the snap,
# which cannot run in a container. Debian's chromium and fonts-noto-cjk are the ones the tests run against;
# fonts-wqy-microhei is the TrueType CJK font PDF exports name first, so their Chinese is embedded as a named CID font.

ARG DOTNET_VERSION=10.0

# ---- build ----
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet restore src/FormHub.Server/FormHub.Server.csproj && dotnet restore src/FormHub.Cli/FormHub.Cli.csproj
RUN dotnet publish src/FormHub.Server/FormHub.Server.csproj -c Release -o /app --no-restore -p:UseAppHost=false
# The command line beside it, for the operator's first steps in a real deployment (no demo accounts are seeded):
#   docker compose exec formhub dotnet cli/formhub.dll regions import form-templates/regions/FILE.csv
#   docker compose exec formhub dotnet cli/formhub.dll accounts create-admin NAME --name 姓名 --scope COUNTY-CODE
RUN dotnet publish src/FormHub.Cli/FormHub.Cli.csproj -c Release -o /app/cli --no-restore -p:UseAppHost=false
COPY form-templates/ /app/form-templates/

# ---- the ASP.NET Core runtime, taken from Microsoft's image ----
FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION} AS aspnet

# ---- runtime ----
FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates libc6 libgcc-s1 libicu72 libssl3 libstdc++6 tzdata zlib1g \
      chromium fonts-noto-cjk fonts-wqy-microhei curl python3-fonttools \
 && rm -rf /var/lib/apt/lists/*
# FormHub Sans CJK SC Bold: the bold face of PDF titles and headers, Noto Sans CJK SC Bold with TrueType outlines
# (Chromium embeds those as a named font; Noto's CFF outlines would become unnamed Type 3 fonts).
COPY scripts/make-bold-cjk-font.py /tmp/make-bold-cjk-font.py
RUN mkdir -p /usr/local/share/fonts/formhub \
 && python3 /tmp/make-bold-cjk-font.py /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc /usr/local/share/fonts/formhub/FormHubSansCJKSC-Bold.ttf \
 && fc-cache -f /usr/local/share/fonts/formhub \
 && rm /tmp/make-bold-cjk-font.py
COPY --from=aspnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
 && useradd --system --uid 10001 --user-group --create-home --home-dir /home/formhub --shell /usr/sbin/nologin formhub \
 && mkdir -p /data \
 && chown formhub:formhub /data

WORKDIR /app
COPY --from=build /app ./

ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    FORMHUB_DATA=/data \
    FORMHUB_TEMPLATES=/app/form-templates \
    FORMHUB_CHROMIUM=/usr/bin/chromium

USER formhub
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "FormHub.Server.dll"]
