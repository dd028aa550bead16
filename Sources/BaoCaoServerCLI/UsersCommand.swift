import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore
import BaoCaoStore
import Foundation

/// `baocao-server users`: the office manages accounts from the command line.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "Create, list, reset, disable accounts and revoke their tokens.",
        subcommands: [Add.self, List.self, Reset.self, Disable.self, Revoke.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account; prints its sign-in name and password (shown only once).")
        @OptionGroup var data: DataOption
        @Option(help: "The department id (as in Config/profile.yaml) of a department account.")
        var department: String?
        @Flag(help: "An account of the provincial office.")
        var office = false
        @Option(help: "The person or unit, as the pages show it.")
        var name: String
        @Option(help: "The sign-in name (default: the department id, or vanphong).")
        var login: String?
        @Option(help: "The configuration folder (to check the department id).")
        var config = "Config"
        @Flag(help: "Print {\"login\": …, \"password\": …} for scripts.")
        var json = false

        func run() throws {
            guard office != (department != nil) else {
                throw BaoCaoError(.usage, .departmentOrOffice)
            }
            if let department {
                let path = (config as NSString).appendingPathComponent("profile.yaml")
                let profile = try Profile.load(URL(fileURLWithPath: path), file: path)
                guard profile.department(department) != nil else {
                    throw BaoCaoError(.usage, .unknownAccountDepartment(department, known: profile.departments.map(\.id)))
                }
            }
            let issued = try data.store().addAccount(name: name, role: office ? .office : .department, department: department, login: login)
            try Output.print(issued, json: json)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts.")
        @OptionGroup var data: DataOption
        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let accounts = try data.store().accounts()
            if json {
                let rows = accounts.map { ["login": $0.login, "name": $0.name, "role": $0.role.rawValue,
                                           "department": $0.department ?? "", "disabled": $0.disabled ? "true" : "false"] }
                try Output.printJSON(rows)
                return
            }
            for account in accounts {
                print([account.login, account.role.rawValue, account.department ?? "-", account.disabled ? "disabled" : "active", account.name]
                    .joined(separator: "\t"))
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an account a new password (and enable it again).")
        @OptionGroup var data: DataOption
        @Argument(help: "The sign-in name.") var login: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try Output.print(try data.store().resetPassword(login: login), json: json)
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account and end its sessions and tokens.")
        @OptionGroup var data: DataOption
        @Argument(help: "The sign-in name.") var login: String

        func run() throws {
            try data.store().disableAccount(login: login)
            print("disabled \(login)")
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End every session and API token of an account.")
        @OptionGroup var data: DataOption
        @Argument(help: "The sign-in name.") var login: String

        func run() throws {
            let count = try data.store().revokeTokens(login: login)
            print("revoked \(count) token(s) of \(login)")
        }
    }
}

extension DataOption {
    /// The store of the data folder.
    func store() throws -> IntakeStore {
        try IntakeStore(directory: URL(fileURLWithPath: data))
    }
}

/// What the account commands print.
enum Output {
    static func print(_ issued: IssuedPassword, json: Bool) throws {
        if json {
            try printJSON(issued)
        } else {
            Swift.print("Tên đăng nhập: \(issued.login)\nMật khẩu: \(issued.password)\n(dùng một lần: phải đổi mật khẩu khi đăng nhập lần đầu)")
        }
    }

    static func printJSON(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
